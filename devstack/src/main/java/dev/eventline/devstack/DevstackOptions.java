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
 */
public record DevstackOptions(
    Path directory, int brokers, boolean fresh, int kafkaPort, int postgresPort) {

  public DevstackOptions {
    directory = directory.toAbsolutePath().normalize();
    if (brokers != 1 && brokers != 3) {
      throw new DevstackException("--brokers must be 1 or 3, not " + brokers);
    }
  }

  /** One broker, free ports, data kept: the defaults. */
  public static DevstackOptions in(Path directory) {
    return new DevstackOptions(directory, 1, false, 0, 0);
  }

  public DevstackOptions withBrokers(int count) {
    return new DevstackOptions(directory, count, fresh, kafkaPort, postgresPort);
  }

  public DevstackOptions withFresh(boolean wipe) {
    return new DevstackOptions(directory, brokers, wipe, kafkaPort, postgresPort);
  }

  public DevstackOptions withKafkaPort(int port) {
    return new DevstackOptions(directory, brokers, fresh, port, postgresPort);
  }

  public DevstackOptions withPostgresPort(int port) {
    return new DevstackOptions(directory, brokers, fresh, kafkaPort, port);
  }

  Path kafkaDirectory() {
    return directory.resolve(brokers == 1 ? "kafka" : "kafka-" + brokers);
  }

  Path keysDirectory() {
    return directory.resolve("keys");
  }

  Path postgresDirectory() {
    return directory.resolve("postgres");
  }
}
