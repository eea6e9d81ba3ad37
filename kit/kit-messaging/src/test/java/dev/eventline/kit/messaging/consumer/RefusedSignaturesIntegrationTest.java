package dev.eventline.kit.messaging.consumer;

import static dev.eventline.kit.messaging.consumer.WireRecords.ORDERS;
import static dev.eventline.kit.messaging.consumer.WireRecords.bytes;
import static dev.eventline.kit.messaging.consumer.WireRecords.consumer;
import static dev.eventline.kit.messaging.consumer.WireRecords.orderCreated;
import static dev.eventline.kit.messaging.consumer.WireRecords.payload;
import static dev.eventline.kit.messaging.consumer.WireRecords.producer;
import static dev.eventline.kit.messaging.consumer.WireRecords.send;
import static dev.eventline.kit.messaging.consumer.WireRecords.takeAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.audit.AuditLog;
import dev.eventline.kit.audit.JdbcAuditLog;
import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.MessagingSchema;
import dev.eventline.kit.messaging.SignatureVerifier;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.deadletter.DeadLetter;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.deadletter.FailureReason;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.net.URI;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 6 (event signatures end to end): an event forged with another service's key id, altered in
 * flight, or unsigned is dead-lettered with an audit record and has no effect.
 */
@RealInfrastructure
class RefusedSignaturesIntegrationTest {
  private static final URI PAYMENTS = URI.create("/services/payments");
  private final EventIdGenerator ids = EventIdGenerator.systemDefault();
  private final KeyPair ordersKeys = Ed25519Keys.generate();
  private final KeyPair paymentsKeys = Ed25519Keys.generate();
  private final EventSigner orders = new EventSigner("orders-1", ordersKeys.getPrivate());
  private final KafkaEventCodec codec = new KafkaEventCodec();
  private final SignatureVerifier verifier =
      new SignatureVerifier(
          Map.of(
              ORDERS, Map.of("orders-1", ordersKeys.getPublic()),
              PAYMENTS, Map.of("payments-1", paymentsKeys.getPublic())));
  private final List<String> applied = new CopyOnWriteArrayList<>();
  private final EventHandler handler = event -> applied.add(event.attributes().subject());
  private final TestDatabase database;
  private final TestKafka kafka;

  RefusedSignaturesIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.database = database;
    this.kafka = kafka;
  }

  @BeforeEach
  void schema() throws SQLException {
    try (Connection connection = database.connect()) {
      MessagingSchema.install(connection);
    }
  }

  @ParameterizedTest(name = "{0} records per transaction")
  @ValueSource(ints = {1, 100})
  void forgedAlteredUnsignedAndUndecodableEventsAreDeadLetteredAndAuditedWithoutEffect(
      int recordsPerTransaction) throws Exception {
    String topic = topicWithDeadLetters();
    try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
      send(producer, codec.encode(topic, orders.sign(orderCreated(ids, "good-1"), payload())));
      // payments' real key and key id, on an event that claims to come from orders
      send(
          producer,
          codec.encode(
              topic,
              new EventSigner("payments-1", paymentsKeys.getPrivate())
                  .sign(orderCreated(ids, "other-service-key"), payload())));
      // orders' key id, signed by a key that is not orders'
      send(
          producer,
          codec.encode(
              topic,
              new EventSigner("orders-1", Ed25519Keys.generate().getPrivate())
                  .sign(orderCreated(ids, "stranger-key"), payload())));
      SignedEvent signed = orders.sign(orderCreated(ids, "altered"), payload());
      send(
          producer,
          codec.encode(
              topic,
              new SignedEvent(
                  signed.attributes(), bytes("{\"totalCents\":1}"), signed.signature())));
      send(
          producer,
          codec.encode(
              topic, new SignedEvent(orderCreated(ids, "unsigned"), payload(), Optional.empty())));
      send(producer, new ProducerRecord<>(topic, bytes("plain"), bytes("not a cloud event")));
      send(producer, codec.encode(topic, orders.sign(orderCreated(ids, "good-2"), payload())));

      consume(topic, producer, recordsPerTransaction, new JdbcAuditLog(database.dataSource()), 7);
    }

    assertThat(applied).containsExactly("good-1", "good-2");
    List<DeadLetter> letters =
        kafka.read(DeadLetters.topicFor(topic), 5).stream().map(DeadLetters::read).toList();
    assertThat(letters)
        .extracting(DeadLetter::reason)
        .containsExactly(
            FailureReason.BAD_SIGNATURE,
            FailureReason.BAD_SIGNATURE,
            FailureReason.BAD_SIGNATURE,
            FailureReason.BAD_SIGNATURE,
            FailureReason.UNDECODABLE);
    List<Row> audit = auditOf(topic);
    assertThat(audit)
        .extracting(Row::actor, Row::correlationId, Row::reasonStart)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/services/orders key payments-1",
                "correlation-other-service-key",
                "UNKNOWN_KEY: key payments-1 is not a key of /services/orders"),
            org.assertj.core.groups.Tuple.tuple(
                "/services/orders key orders-1",
                "correlation-stranger-key",
                "BAD_SIGNATURE: the signature of key orders-1 does not match the event"),
            org.assertj.core.groups.Tuple.tuple(
                "/services/orders key orders-1",
                "correlation-altered",
                "BAD_SIGNATURE: the signature of key orders-1 does not match the event"),
            org.assertj.core.groups.Tuple.tuple(
                "/services/orders (unsigned)",
                "correlation-unsigned",
                "UNSIGNED: the event has no signature"),
            org.assertj.core.groups.Tuple.tuple("unknown", null, "UNDECODABLE: "));
    assertThat(audit)
        .allSatisfy(
            row -> {
              assertThat(row.action()).isEqualTo("EVENT_SIGNATURE");
              assertThat(row.outcome()).isEqualTo("DENIED");
              assertThat(row.target()).startsWith(topic + "-0@");
              assertThat(row.reason()).endsWith("dead-lettered to " + topic + ".dlq");
            });
    assertThat(audit.get(0).target()).matches(topic + "-0@1 event [0-9a-f-]{36}");
  }

  @Test
  void aRefusedEventWhoseAuditRecordCannotBeStoredIsNeitherDeadLetteredNorSkipped()
      throws Exception {
    String topic = topicWithDeadLetters();
    AtomicBoolean databaseDown = new AtomicBoolean(true);
    AuditLog stored = new JdbcAuditLog(database.dataSource());
    AuditLog flaky =
        record -> {
          if (databaseDown.getAndSet(false)) {
            throw new IllegalStateException("cannot store the audit record");
          }
          stored.record(record);
        };
    try (KafkaProducer<byte[], byte[]> producer = producer(kafka);
        KafkaConsumer<byte[], byte[]> consumer = consumer(kafka, "payments", Map.of())) {
      send(
          producer,
          codec.encode(
              topic, new SignedEvent(orderCreated(ids, "unsigned"), payload(), Optional.empty())));
      EventConsumer events = eventConsumer(consumer, topic, producer, 1, flaky);

      assertThatThrownBy(() -> pollUntilSomething(events))
          .hasMessage("cannot store the audit record");
      int taken = pollUntilSomething(events);

      assertThat(taken).isEqualTo(1);
    }

    assertThat(kafka.read(DeadLetters.topicFor(topic), 1)).hasSize(1);
    assertThat(auditOf(topic)).hasSize(1);
    assertThat(applied).isEmpty();
  }

  private record Row(
      String actor,
      String action,
      String target,
      String outcome,
      String reason,
      String correlationId) {
    /** The reason up to the start of the failure's own words, for undecodable records. */
    String reasonStart() {
      return reason.startsWith("UNDECODABLE: ") ? "UNDECODABLE: " : reason.split("; ")[0];
    }
  }

  private List<Row> auditOf(String topic) throws SQLException {
    try (Connection connection = database.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT actor, action, target, outcome, reason, correlation_id"
                    + " FROM eventline_audit_log WHERE target LIKE ? ORDER BY id")) {
      query.setString(1, topic + "-%");
      List<Row> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Row(
                  result.getString(1),
                  result.getString(2),
                  result.getString(3),
                  result.getString(4),
                  result.getString(5),
                  result.getString(6)));
        }
      }
      return rows;
    }
  }

  private String topicWithDeadLetters() throws Exception {
    String topic = kafka.createTopic("orders.created", 1);
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin
          .createTopics(List.of(new NewTopic(DeadLetters.topicFor(topic), 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    return topic;
  }

  private EventConsumer eventConsumer(
      KafkaConsumer<byte[], byte[]> consumer,
      String topic,
      KafkaProducer<byte[], byte[]> deadLetterProducer,
      int recordsPerTransaction,
      AuditLog audit) {
    consumer.subscribe(List.of(topic));
    return new EventConsumer(
        consumer,
        deadLetterProducer,
        codec,
        verifier,
        new DeadLetters("payments", Clock.systemUTC()),
        new RetryPolicy(3, Duration.ofMillis(10)),
        handler,
        EventConsumer.Options.DEFAULTS
            .withRecordsPerTransaction(recordsPerTransaction)
            .withAudit(audit));
  }

  private void consume(
      String topic,
      KafkaProducer<byte[], byte[]> deadLetterProducer,
      int recordsPerTransaction,
      AuditLog audit,
      int expected)
      throws InterruptedException {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka, "payments", Map.of())) {
      EventConsumer events =
          eventConsumer(consumer, topic, deadLetterProducer, recordsPerTransaction, audit);
      takeAll(events, expected);
    }
  }

  private static int pollUntilSomething(EventConsumer events) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int taken = 0;
    while (taken == 0 && System.nanoTime() < deadline) {
      taken = events.pollOnce(Duration.ofMillis(200));
    }
    return taken;
  }
}
