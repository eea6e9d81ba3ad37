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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Events to append, and ways to see what reached the topic and what is left in the outbox. */
final class OutboxFixture {
  private static final EventIdGenerator IDS = EventIdGenerator.systemDefault();
  private static final KafkaEventCodec CODEC = new KafkaEventCodec();

  private OutboxFixture() {}

  /** An event about {@code key} whose payload is its sequence number within that key. */
  static SignedEvent event(String key, int sequence) {
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

  static int sequence(SignedEvent event) {
    return Integer.parseInt(new String(event.payload(), StandardCharsets.UTF_8));
  }

  static KafkaProducer<String, byte[]> producer(TestKafka kafka) {
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    return new KafkaProducer<>(properties);
  }

  static void install(TestDatabase database) throws SQLException {
    try (Connection connection = database.connect()) {
      MessagingSchema.install(connection);
      try (Statement statement = connection.createStatement()) {
        statement.execute("TRUNCATE eventline_outbox");
      }
    }
  }

  static long rowsLeft(TestDatabase database) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM eventline_outbox")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Reads {@code topic} from the start until {@code done} holds for what arrived, or a minute. */
  static List<SignedEvent> readUntil(
      TestKafka kafka, String topic, Predicate<List<SignedEvent>> done) {
    return decode(kafka.readUntil(topic, records -> done.test(decode(records))));
  }

  private static List<SignedEvent> decode(List<ConsumerRecord<byte[], byte[]>> records) {
    return records.stream().map(OutboxFixture::decode).toList();
  }

  static List<EventId> ids(List<SignedEvent> events) {
    return events.stream().map(event -> event.attributes().id()).toList();
  }

  private static SignedEvent decode(ConsumerRecord<byte[], byte[]> record) {
    try {
      return CODEC.decode(record);
    } catch (UndecodableEventException e) {
      throw new AssertionError(e);
    }
  }
}
