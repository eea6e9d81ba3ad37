package dev.eventline.bench.baseline;

import dev.eventline.devstack.DatabaseLogin;
import dev.eventline.kit.messaging.outbox.RelaySettings;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Measures the kit's outbox relay against the {@link NaiveRelay} on the same database and broker,
 * one after the other, each with a scratch schema, a topic and a producer of its own (both
 * producers {@code acks=all}, idempotent, {@code linger.ms=1} as the starter configures them):
 *
 * <ol>
 *   <li><b>Drain</b>: a backlog of signed events is committed, then the relay starts; rows per
 *       second until every row is on the topic and cleared from the outbox.
 *   <li><b>Latency</b>: while the relay runs, a writer commits one row per transaction at a fixed
 *       rate; p50 and p99 from each commit to its record's arrival at a consumer.
 *   <li><b>Delivery</b>: the topic read to its end: every row once, each key's rows in order.
 * </ol>
 *
 * <p>The login's role needs to create schemas; the kit's relay takes advisory locks that are per
 * database, so give it a database no service's relay uses. Schemas and topics are removed after.
 */
public final class RelayComparison {
  private final DatabaseLogin login;
  private final String bootstrapServers;

  public RelayComparison(DatabaseLogin login, String bootstrapServers) {
    this.login = Objects.requireNonNull(login, "login");
    this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
  }

  /** Measures Eventline's relay, then the naive one, and sets them side by side. */
  public Comparison compare(ComparisonSettings settings) throws SQLException, InterruptedException {
    RelayFigures eventline = measure(Relay.EVENTLINE, settings);
    RelayFigures naive = measure(Relay.NAIVE, settings);
    return Comparison.of(settings, eventline, naive);
  }

  /** Measures one relay. */
  public RelayFigures measure(Relay relay, ComparisonSettings settings)
      throws SQLException, InterruptedException {
    int rows = settings.backlog() + settings.latencyRows();
    try (Admin admin =
            Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        ScratchSchema schema = ScratchSchema.create(login, relay.label());
        ScratchTopic topic =
            ScratchTopic.create(admin, "relay." + relay.label(), settings.topicPartitions());
        KafkaProducer<String, byte[]> producer = producer(relay);
        TopicTally tally = TopicTally.start(bootstrapServers, topic, rows);
        RelayRig rig = rig(relay, schema, producer, topic, settings)) {
      // A service's producer is connected long before a backlog forms: the drain should not time
      // the first metadata request.
      producer.partitionsFor(topic.name());
      return new RelayRun(relay, rig, schema.dataSource(), topic, tally, settings).run();
    }
  }

  private static RelayRig rig(
      Relay relay,
      ScratchSchema schema,
      KafkaProducer<String, byte[]> producer,
      ScratchTopic topic,
      ComparisonSettings settings)
      throws SQLException {
    return switch (relay) {
      case EVENTLINE ->
          new EventlineRig(
              schema.dataSource(),
              producer,
              topic.name(),
              RelaySettings.DEFAULT.withPollInterval(settings.pollInterval()));
      case NAIVE ->
          new NaiveRig(schema.dataSource(), producer, topic.name(), settings.pollInterval());
    };
  }

  private KafkaProducer<String, byte[]> producer(Relay relay) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.LINGER_MS_CONFIG, 1);
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-relay-" + relay.label());
    return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
  }
}
