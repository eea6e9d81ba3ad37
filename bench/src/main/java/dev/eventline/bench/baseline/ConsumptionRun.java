package dev.eventline.bench.baseline;

import dev.eventline.bench.baseline.Ceiling.ScratchRows;
import dev.eventline.devstack.DatabaseLogin;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.MessagingSchema;
import dev.eventline.kit.messaging.consumer.EventConsumer;
import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.inbox.Inbox;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One run of the {@link ConsumptionComparison}: the kit's {@link EventConsumer}, configured as the
 * starter configures it, takes a filled topic from its start to its end into a {@link
 * SagaStepHandler} on a scratch schema of its own, then the schema's tables are counted.
 */
final class ConsumptionRun {
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration LIMIT = Duration.ofMinutes(10);

  private final DatabaseLogin login;
  private final Admin admin;
  private final String bootstrapServers;
  private final Map<TopicPartition, Long> ends;
  private final SequencedEvents events;
  private final int keys;
  private final int count;

  ConsumptionRun(
      DatabaseLogin login,
      Admin admin,
      String bootstrapServers,
      Map<TopicPartition, Long> ends,
      SequencedEvents events,
      int keys,
      int count) {
    this.login = login;
    this.admin = admin;
    this.bootstrapServers = bootstrapServers;
    this.ends = Map.copyOf(ends);
    this.events = events;
    this.keys = keys;
    this.count = count;
  }

  /** Consumes the whole topic with {@code recordsPerTransaction} and says what it did. */
  ConsumptionFigures measure(int recordsPerTransaction) throws SQLException, InterruptedException {
    Clock clock = Clock.systemUTC();
    try (ScratchSchema schema = ScratchSchema.create(login, "consumption");
        Connection connection = schema.dataSource().getConnection();
        ScratchGroup group = ScratchGroup.of(admin, "consumption-" + recordsPerTransaction);
        KafkaConsumer<byte[], byte[]> consumer = consumer(group.name());
        KafkaProducer<byte[], byte[]> deadLetterProducer = deadLetterProducer(group.name())) {
      MessagingSchema.install(connection);
      SagaStepTables tables = SagaStepTables.create(connection, keys);
      SagaStepHandler handler =
          new SagaStepHandler(
              connection, new Inbox(group.name(), clock), tables, sagasBySubject(tables));
      EventConsumer kit =
          new EventConsumer(
              consumer,
              deadLetterProducer,
              new KafkaEventCodec(),
              events.verifier(),
              new DeadLetters(group.name(), clock),
              RetryPolicy.DEFAULT,
              handler,
              EventConsumer.Options.DEFAULTS.withRecordsPerTransaction(recordsPerTransaction));
      // A service's consumer joins its group once, at start; the join and its rebalance delay are
      // not consumption, so this one takes the partitions itself and commits to its group.
      consumer.assign(ends.keySet());

      long started = System.nanoTime();
      long deadline = started + LIMIT.toNanos();
      while (!atEnd(consumer)) {
        if (System.nanoTime() - deadline > 0) {
          throw new IllegalStateException(
              "the consumer with "
                  + recordsPerTransaction
                  + " per transaction is not done after "
                  + LIMIT);
        }
        handler.pollStarting(System.nanoTime());
        kit.pollOnce(POLL);
      }
      long finished = handler.lastCommitAt() != 0 ? handler.lastCommitAt() : System.nanoTime();
      Duration elapsed = Duration.ofNanos(finished - started);
      return new ConsumptionFigures(
          recordsPerTransaction,
          count,
          elapsed,
          count / (elapsed.toNanos() / 1e9),
          handler.commits(),
          rows(schema.dataSource(), tables, group.name()),
          handler.outOfKeyOrder(),
          LatencyPercentiles.of(handler.pollToCommitNanos()));
    }
  }

  /** Whether the consumer has taken every record of the topic (pollOnce processes all it takes). */
  private boolean atEnd(Consumer<?, ?> consumer) {
    for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
      if (consumer.position(end.getKey()) < end.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** The saga row of each subject the events are about. */
  private Map<String, UUID> sagasBySubject(SagaStepTables tables) {
    Map<String, UUID> sagas = new HashMap<>();
    for (int key = 0; key < keys; key++) {
      sagas.put(events.key(key), tables.sagas().get(key));
    }
    return sagas;
  }

  /** What was committed: the group's inbox rows, the outbox rows and the saga versions. */
  private static ScratchRows rows(DataSource dataSource, SagaStepTables tables, String group)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement inbox =
            connection.prepareStatement(
                "SELECT count(*) FROM eventline_inbox WHERE consumer_group = ?")) {
      inbox.setString(1, group);
      long received;
      try (ResultSet row = inbox.executeQuery()) {
        row.next();
        received = row.getLong(1);
      }
      ScratchRows counted = tables.count(connection);
      return new ScratchRows(received, counted.outbox(), counted.sagaVersions());
    }
  }

  private KafkaConsumer<byte[], byte[]> consumer(String group) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
    return new KafkaConsumer<>(
        properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /**
   * The broker creates no topics, so a dead letter would fail the run, soon: none is expected, as
   * every event is signed with a known key and applies.
   */
  private KafkaProducer<byte[], byte[]> deadLetterProducer(String group) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, group + "-dead-letters");
    return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
  }
}
