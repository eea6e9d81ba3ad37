package dev.eventline.kit.messaging;

import dev.eventline.kit.messaging.consumer.EventConsumer;
import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.inbox.Delivery;
import dev.eventline.kit.messaging.inbox.Inbox;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The payment service of the end-to-end tests: consumes the order service's OrderCreated events and
 * charges each order, recording the event in its inbox in the transaction of the charge so that a
 * redelivered event charges nothing. It counts a charge per order rather than an amount, so a
 * double charge shows as a 2.
 */
final class OrderCharges {
  private static final Duration CONSUME_LIMIT = Duration.ofSeconds(60);

  private final TestDatabase database;
  private final TestKafka kafka;
  private final String topic;
  private final SignatureVerifier verifier;
  private final Inbox inbox = new Inbox("payments", Clock.systemUTC());
  private final List<EventId> delivered = new ArrayList<>();

  private OrderCharges(TestDatabase database, TestKafka kafka, String topic, PublicKey ordersKey) {
    this.database = database;
    this.kafka = kafka;
    this.topic = topic;
    this.verifier = new SignatureVerifier(Map.of(Events.ORDERS, Map.of("orders-1", ordersKey)));
  }

  /**
   * A payment service reading {@code topic}, whose events the order service signs with key
   * "orders-1"; its tables are created and emptied, and its dead-letter topic created, so that an
   * event wrongly dead-lettered shows as a delivery missing rather than as a timeout.
   */
  static OrderCharges readingFrom(
      TestDatabase database, TestKafka kafka, String topic, PublicKey ordersKey) throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS charges (order_id text PRIMARY KEY, times int NOT NULL)");
      statement.execute("TRUNCATE charges, eventline_inbox");
    }
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin
          .createTopics(List.of(new NewTopic(DeadLetters.topicFor(topic), 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    return new OrderCharges(database, kafka, topic, ordersKey);
  }

  /**
   * Consumes until {@code done} holds for the events delivered so far (or a minute passes), then
   * polls once more, so that deliveries beyond those it waited for are seen too.
   */
  void consumeUntil(Predicate<List<EventId>> done) throws InterruptedException {
    Map<String, Object> consumerProperties = new HashMap<>(kafka.consumerProperties("payments"));
    consumerProperties.put(
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    consumerProperties.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    Map<String, Object> producerProperties = new HashMap<>(kafka.producerProperties());
    producerProperties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    producerProperties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties);
        KafkaProducer<byte[], byte[]> deadLetters = new KafkaProducer<>(producerProperties)) {
      consumer.subscribe(List.of(topic));
      EventConsumer payments =
          new EventConsumer(
              consumer,
              deadLetters,
              new KafkaEventCodec(),
              verifier,
              new DeadLetters("payments", Clock.systemUTC()),
              new RetryPolicy(3, Duration.ofMillis(10)),
              this::chargeOnce);
      long deadline = System.nanoTime() + CONSUME_LIMIT.toNanos();
      while (!done.test(delivered) && System.nanoTime() < deadline) {
        payments.pollOnce(Duration.ofMillis(200));
      }
      payments.pollOnce(Duration.ofMillis(500));
    }
  }

  /** Every event the handler was given, in order, duplicates included. */
  List<EventId> delivered() {
    return List.copyOf(delivered);
  }

  /** Deliveries the inbox recognised as duplicates and skipped. */
  long duplicatesSkipped() {
    return inbox.duplicatesSkipped();
  }

  /** How many times each order was charged. */
  Map<String, Integer> byOrder() throws SQLException {
    Map<String, Integer> charges = new HashMap<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT order_id, times FROM charges")) {
      while (rows.next()) {
        charges.put(rows.getString(1), rows.getInt(2));
      }
    }
    return charges;
  }

  /** The inbox record and the charge, in one transaction. */
  private void chargeOnce(SignedEvent event) throws SQLException {
    delivered.add(event.attributes().id());
    try (Connection transaction = database.connect()) {
      transaction.setAutoCommit(false);
      if (inbox.receive(transaction, event.attributes().id()) == Delivery.FIRST) {
        try (PreparedStatement charge =
            transaction.prepareStatement(
                "INSERT INTO charges (order_id, times) VALUES (?, 1)"
                    + " ON CONFLICT (order_id) DO UPDATE SET times = charges.times + 1")) {
          charge.setString(1, event.attributes().subject());
          charge.executeUpdate();
        }
      }
      transaction.commit();
    }
  }
}
