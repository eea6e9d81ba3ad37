package dev.eventline.bench.baseline;

import dev.eventline.devstack.DatabaseLogin;
import dev.eventline.kit.messaging.KafkaEventCodec;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Measures the kit's {@code EventConsumer} applying the same signed events twice on the same
 * database and broker: once with one record per transaction, once with the records of a poll in
 * groups ({@code recordsPerTransaction}), each with a consumer group, a scratch schema and saga
 * rows of its own. The handler is a saga step in JDBC (the kit's inbox, a one-row saga update, an
 * outbox insert), so a group of 100 shares one commit where one record per transaction pays 100.
 *
 * <p>Each run counts its commits and checks what it applied: an inbox row, a saga version and an
 * outbox row per event, each subject's events in the order published. The server's durable settings
 * are left as they are; the topic, the schemas and the consumer groups are removed after.
 *
 * <pre>{@code
 * ConsumptionComparison.Result result =
 *     new ConsumptionComparison(login, bootstrapServers).compare(ConsumptionSettings.DEFAULT);
 * result.throughputRatio(); // grouped records/s over one record per transaction's
 * }</pre>
 */
public final class ConsumptionComparison {
  /** Subjects the events are about in turns, each with its saga row, as in the relay comparison. */
  private static final int KEYS = 64;

  private static final Duration SEND_LIMIT = Duration.ofMinutes(2);

  private final DatabaseLogin login;
  private final String bootstrapServers;

  /**
   * Both runs side by side.
   *
   * @param throughputRatio the grouped run's records per second over the per-record run's: above 1
   *     means the grouping applied the events faster
   * @param latencyP50Ratio the grouped run's median poll-to-commit latency over the per-record
   *     run's: below 1 means a record waited less
   * @param latencyP99Ratio the same for the 99th percentile
   */
  public record Result(
      ConsumptionSettings settings,
      ConsumptionFigures perRecord,
      ConsumptionFigures grouped,
      double throughputRatio,
      double latencyP50Ratio,
      double latencyP99Ratio) {

    static Result of(
        ConsumptionSettings settings, ConsumptionFigures perRecord, ConsumptionFigures grouped) {
      return new Result(
          settings,
          perRecord,
          grouped,
          grouped.recordsPerSecond() / perRecord.recordsPerSecond(),
          ratio(grouped.pollToCommit().p50(), perRecord.pollToCommit().p50()),
          ratio(grouped.pollToCommit().p99(), perRecord.pollToCommit().p99()));
    }

    private static double ratio(Duration grouped, Duration perRecord) {
      return perRecord.isZero() ? Double.NaN : (double) grouped.toNanos() / perRecord.toNanos();
    }
  }

  public ConsumptionComparison(DatabaseLogin login, String bootstrapServers) {
    this.login = Objects.requireNonNull(login, "login");
    this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
  }

  /** Fills a topic, has it consumed with groups then one record per transaction, and compares. */
  public Result compare(ConsumptionSettings settings) throws SQLException, InterruptedException {
    SequencedEvents events = new SequencedEvents(KEYS);
    try (Admin admin =
            Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        ScratchTopic topic = ScratchTopic.create(admin, "consumption", settings.partitions())) {
      fill(topic, events, settings.events());
      ConsumptionRun run =
          new ConsumptionRun(
              login, admin, bootstrapServers, topic.endOffsets(), events, KEYS, settings.events());
      // Grouped first: whatever the JIT has compiled by the second run helps one record per
      // transaction, so the order does not flatter the grouping.
      ConsumptionFigures grouped = run.measure(settings.recordsPerTransaction());
      ConsumptionFigures perRecord = run.measure(1);
      return Result.of(settings, perRecord, grouped);
    }
  }

  /** Publishes the events numbered 0 to {@code count - 1} and waits for every acknowledgement. */
  private void fill(ScratchTopic topic, SequencedEvents events, int count)
      throws InterruptedException {
    // A new partition can have a leader in the metadata before the leader takes writes; reading its
    // offsets waits until it does.
    topic.endOffsets();
    KafkaEventCodec codec = new KafkaEventCodec();
    List<Future<RecordMetadata>> sends = new ArrayList<>(count);
    try (KafkaProducer<String, byte[]> producer = producer()) {
      for (int sequence = 0; sequence < count; sequence++) {
        sends.add(producer.send(codec.encode(topic.name(), events.event(sequence))));
      }
      producer.flush();
      for (Future<RecordMetadata> send : sends) {
        send.get(SEND_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot fill " + topic.name(), e);
    }
  }

  private KafkaProducer<String, byte[]> producer() {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    // The fill is not timed: one request in flight keeps a retried batch from meeting later ones.
    properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-consumption-fill");
    return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
  }
}
