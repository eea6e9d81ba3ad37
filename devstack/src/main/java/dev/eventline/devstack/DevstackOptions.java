package dev.eventline.devstack;

import java.nio.file.Path;

/**
 * How to start a {@link Devstack}.
 *
 * @param directory where data and logs live, kept between runs (the CLI uses {@code .eventline/})
 * @param brokers 1 for a single Kafka node, 3 for a replicated cluster (fault tests)
 * @param fresh wipe the data first
 * @param kafkaPort the client port of the first broker, or 0 to pick a free one
 * @param postgresPort the PostgreSQL port, or 0 to pick a free one
 * @param secure Kafka with SASL/SCRAM logins and ACLs: one principal per {@link Service}, allowed
 *     only its own topics (see {@link KafkaAcls}), and {@code admin} as the super user
 */
public record DevstackOptions(
    Path directory, int brokers, boolean fresh, int kafkaPort, int postgresPort, boolean secure) {

  public DevstackOptions {
    directory = directory.toAbsolutePath().normalize();
    if (brokers != 1 && brokers != 3) {
      throw new DevstackException("--brokers must be 1 or 3, not " + brokers);
    }
  }

  /** Options without Kafka security, as before {@code secure} existed. */
  public DevstackOptions(
      Path directory, int brokers, boolean fresh, int kafkaPort, int postgresPort) {
    this(directory, brokers, fresh, kafkaPort, postgresPort, false);
  }

  /** One broker, free ports, data kept, no Kafka security: the defaults. */
  public static DevstackOptions in(Path directory) {
    return new DevstackOptions(directory, 1, false, 0, 0, false);
  }

  public DevstackOptions withBrokers(int count) {
    return new DevstackOptions(directory, count, fresh, kafkaPort, postgresPort, secure);
  }

  public DevstackOptions withFresh(boolean wipe) {
    return new DevstackOptions(directory, brokers, wipe, kafkaPort, postgresPort, secure);
  }

  public DevstackOptions withKafkaPort(int port) {
    return new DevstackOptions(directory, brokers, fresh, port, postgresPort, secure);
  }

  public DevstackOptions withPostgresPort(int port) {
    return new DevstackOptions(directory, brokers, fresh, kafkaPort, port, secure);
  }

  public DevstackOptions withSecure(boolean on) {
    return new DevstackOptions(directory, brokers, fresh, kafkaPort, postgresPort, on);
  }

  /**
   * Kept apart per layout, like the three-broker data: a secure cluster's admin login is written
   * into its metadata when its storage is formatted, so data formatted without it cannot become
   * secure later, and secure data is never mixed with open data.
   */
  Path kafkaDirectory() {
    String name = brokers == 1 ? "kafka" : "kafka-" + brokers;
    return directory.resolve(secure ? name + "-secure" : name);
  }

  Path keysDirectory() {
    return directory.resolve("keys");
  }

  Path postgresDirectory() {
    return directory.resolve("postgres");
  }
}
