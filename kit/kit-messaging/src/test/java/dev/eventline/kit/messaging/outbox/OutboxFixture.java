package dev.eventline.kit.messaging.outbox;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.MessagingSchema;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.UndecodableEventException;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events to append, relays to kill, and ways to see what reached the topic and what is left in the
 * outbox. Public for the {@link OutboxContract}'s subclasses and the end-to-end tests.
 */
public final class OutboxFixture {
  private static final EventIdGenerator IDS = EventIdGenerator.systemDefault();
  private static final KafkaEventCodec CODEC = new KafkaEventCodec();

  private OutboxFixture() {}

  /** An event about {@code key} whose payload is its sequence number within that key. */
  public static SignedEvent event(String key, int sequence) {
    EventAttributes attributes =
        new EventAttributes(
            IDS.next(),
            URI.create("/services/orders"),
            "dev.eventline.orders.OrderUpdated",
            1,
            Instant.now(),
            key,
            "correlation-" + key,
            Optional.empty(),
            Optional.empty());
    return new SignedEvent(
        attributes, Integer.toString(sequence).getBytes(StandardCharsets.UTF_8), Optional.empty());
  }

  /** The sequence number an {@link #event} carries. */
  public static int sequence(SignedEvent event) {
    return Integer.parseInt(new String(event.payload(), StandardCharsets.UTF_8));
  }

  /** A producer as a relay needs it: acks=all, idempotent, String keys and byte[] values. */
  public static KafkaProducer<String, byte[]> producer(TestKafka kafka) {
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    return new KafkaProducer<>(properties);
  }

  /** Creates the kit's tables where missing and empties the outbox. */
  public static void install(TestDatabase database) throws SQLException {
    try (Connection connection = database.connect()) {
      MessagingSchema.install(connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("TRUNCATE eventline_outbox");
      }
    }
  }

  /** How many events wait in the outbox. */
  public static long rowsLeft(TestDatabase database) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM eventline_outbox")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Reads {@code topic} from the start until {@code done} holds for what arrived, or a minute. */
  public static List<SignedEvent> readUntil(
      TestKafka kafka, String topic, Predicate<List<SignedEvent>> done) {
    return decode(kafka.readUntil(topic, records -> done.test(decode(records))));
  }

  private static List<SignedEvent> decode(List<ConsumerRecord<byte[], byte[]>> records) {
    return records.stream().map(OutboxFixture::decode).toList();
  }

  /** The ids of {@code events}, in their order. */
  public static List<EventId> ids(List<SignedEvent> events) {
    return events.stream().map(event -> event.attributes().id()).toList();
  }

  /**
   * A relay that dies as a process killed at that point would: after the broker acknowledged its
   * first batch and before it deleted the batch's rows, so that the batch stays in the outbox and
   * is published again by the next relay. The batch's row ids go to {@code killedBatch}; the relay
   * throws an {@link IllegalStateException} saying "relay killed".
   */
  public static OutboxRelay relayKilledAfterSend(
      DataSource dataSource,
      Producer<String, byte[]> producer,
      RelaySettings settings,
      List<Long> killedBatch) {
    RelayProbe kill =
        ids -> {
          killedBatch.addAll(ids);
          throw new IllegalStateException("relay killed after the broker acknowledged " + ids);
        };
    return new OutboxRelay(dataSource, producer, settings, kill);
  }

  private static SignedEvent decode(ConsumerRecord<byte[], byte[]> record) {
    try {
      return CODEC.decode(record);
    } catch (UndecodableEventException e) {
      throw new AssertionError(e);
    }
  }
}
