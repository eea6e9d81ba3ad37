package dev.eventline.kit.spring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code eventline.*} settings. Only {@code eventline.service} and a signing key are required;
 * everything else has a default that suits a production service.
 *
 * @param service this service's name, e.g. {@code orders}: its events' source is {@code
 *     /services/orders} and its consumer group is {@code orders}
 * @param signing the key this service signs its events with
 * @param verification the public keys of every service whose events this one reads
 * @param outbox how the relay publishes the outbox
 * @param consumer how handlers consume
 * @param inbox how long applied event ids are remembered
 * @param topics whether and how to create the topics this service writes and reads
 * @param sagas how the saga engine runs, when the service defines sagas
 */
@ConfigurationProperties("eventline")
public record EventlineProperties(
    String service,
    @DefaultValue Signing signing,
    @DefaultValue Verification verification,
    @DefaultValue Outbox outbox,
    @DefaultValue Consumer consumer,
    @DefaultValue Inbox inbox,
    @DefaultValue Topics topics,
    @DefaultValue Sagas sagas) {

  /**
   * Either {@code key-file} (a properties file with {@code key-id} and {@code private-key}, as the
   * devstack writes under {@code .eventline/keys/}) or both {@code key-id} and {@code private-key}
   * (Base64 PKCS#8 Ed25519).
   */
  public record Signing(
      @Nullable Path keyFile, @Nullable String keyId, @Nullable String privateKey) {}

  /**
   * @param keys for each service name, its public keys (Base64 X.509 Ed25519) by key id; list
   *     several while a key rotates
   */
  public record Verification(@DefaultValue Map<String, Map<String, String>> keys) {}

  /**
   * @param partitions outbox partitions; each has one active relay across all instances
   * @param batchSize rows published per partition per pass
   * @param pollInterval how often the relay looks when nothing woke it
   * @param sendTimeout how long to wait for the broker to acknowledge a batch
   */
  public record Outbox(
      @DefaultValue("16") int partitions,
      @DefaultValue("500") int batchSize,
      @DefaultValue("500ms") Duration pollInterval,
      @DefaultValue("2m") Duration sendTimeout) {}

  /**
   * @param group the consumer group; the service's name when not set
   * @param attempts tries of a transient failure before it is dead-lettered
   * @param firstBackoff the wait after the first failed try, doubled after each further one
   * @param pollTimeout how long one poll waits for records
   * @param recordsPerTransaction how many records of a poll are applied in one transaction (one
   *     commit for all of their effects and inbox records); 1 for a transaction per record
   */
  public record Consumer(
      @Nullable String group,
      @DefaultValue("3") int attempts,
      @DefaultValue("100ms") Duration firstBackoff,
      @DefaultValue("500ms") Duration pollTimeout,
      @DefaultValue("100") int recordsPerTransaction) {}

  /**
   * @param retention how long an applied event's id is kept; redeliveries older than this would be
   *     applied again, so keep it longer than any replay window
   * @param pruneInterval how often old ids are deleted
   */
  public record Inbox(
      @DefaultValue("7d") Duration retention, @DefaultValue("1h") Duration pruneInterval) {}

  /**
   * @param create create missing topics at startup: each published type's topic, and the
   *     dead-letter topic of each consumed one
   * @param partitions partitions of a created topic; replication follows the broker's default
   */
  public record Topics(@DefaultValue("true") boolean create, @DefaultValue("6") int partitions) {}

  /**
   * @param deadlinePollInterval how often due deadlines are looked for
   * @param deadlineBatchSize deadlines fired per look
   * @param stuckAfter an unfinished saga not moved for this long counts as stuck
   * @param gaugeRefreshInterval how often the in-flight and stuck gauges are recounted
   * @param replyAttempts tries of a reply that lost a race for its saga before it is dead-lettered
   */
  public record Sagas(
      @DefaultValue("1s") Duration deadlinePollInterval,
      @DefaultValue("100") int deadlineBatchSize,
      @DefaultValue("5m") Duration stuckAfter,
      @DefaultValue("15s") Duration gaugeRefreshInterval,
      @DefaultValue("10") int replyAttempts) {}

  String consumerGroup() {
    return consumer.group() == null ? service : consumer.group();
  }
}
