package dev.eventline.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.outbox.OutboxFixture;
import dev.eventline.kit.messaging.outbox.OutboxRelay;
import dev.eventline.kit.messaging.outbox.OutboxWriter;
import dev.eventline.kit.messaging.outbox.RelaySettings;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbox, relay, Kafka, consumer and inbox together, crashes included: the order service stores
 * each order and appends its OrderCreated in one transaction; the payment service ({@link
 * OrderCharges}) charges each order once however often the event arrives. One database holds both
 * services' tables.
 */
@RealInfrastructure
class ExactlyOnceEffectIntegrationTest {
  private static final RelaySettings SETTINGS =
      RelaySettings.DEFAULT.withPollInterval(Duration.ofMillis(50));

  private final KeyPair keys = Ed25519Keys.generate();
  private final EventSigner signer = new EventSigner("orders-1", keys.getPrivate());
  private final OutboxWriter outbox =
      new OutboxWriter(new KafkaEventCodec(), SETTINGS.partitions());
  private final TestDatabase database;
  private final TestKafka kafka;
  private String topic;
  private OrderCharges charges;

  ExactlyOnceEffectIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.database = database;
    this.kafka = kafka;
  }

  @BeforeEach
  void freshTablesAndTopics() throws Exception {
    OutboxFixture.install(database);
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS orders (id text PRIMARY KEY, total_cents bigint NOT NULL)");
      statement.execute("TRUNCATE orders");
    }
    topic = kafka.createTopic("orders.created", 3);
    charges = OrderCharges.readingFrom(database, kafka, topic, keys.getPublic());
  }

  @Test
  void appliesEachEventOnceThoughARelayKilledBeforeDeletingItsBatchMadeItRepeat() throws Exception {
    int orders = 20;
    for (int i = 1; i <= orders; i++) {
      placeOrder("order-" + i, 2599, Outcome.COMMIT);
    }
    List<Long> killedBatch = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer = OutboxFixture.producer(kafka)) {
      try (OutboxRelay dying =
          OutboxFixture.relayKilledAfterSend(
              database.dataSource(), producer, SETTINGS, killedBatch)) {
        assertThatThrownBy(dying::relayOnce).hasMessageContaining("relay killed");
      }
      try (OutboxRelay next = new OutboxRelay(database.dataSource(), producer, SETTINGS)) {
        assertThat(next.relayOnce()).as("published by the relay after the crash").isEqualTo(orders);
      }
    }
    int duplicates = killedBatch.size();
    assertThat(duplicates).as("events the killed relay published before it died").isPositive();

    charges.consumeUntil(events -> events.size() >= orders + duplicates);

    List<EventId> delivered = charges.delivered();
    assertThat(delivered).as("deliveries, duplicates included").hasSize(orders + duplicates);
    assertThat(new HashSet<>(delivered)).as("distinct events delivered").hasSize(orders);
    assertThat(charges.duplicatesSkipped()).as("duplicates skipped").isEqualTo(duplicates);
    Map<String, Integer> byOrder = charges.byOrder();
    assertThat(byOrder).as("orders charged").hasSize(orders);
    assertThat(byOrder.values()).as("charges per order").containsOnly(1);
    assertThat(byOrder.values().stream().mapToInt(Integer::intValue).sum())
        .as("effects applied")
        .isEqualTo(new HashSet<>(delivered).size());
  }

  @Test
  void aTransactionThatRollsBackWritesNeitherItsStateNorItsEvent() throws Exception {
    EventId rolledBack = placeOrder("order-1", 100, Outcome.ROLL_BACK);
    assertThat(totals()).as("orders after the rollback").isEmpty();
    assertThat(OutboxFixture.rowsLeft(database)).as("outbox after the rollback").isZero();
    // Same order, so the same key: had the rolled-back event been kept, it would arrive first.
    EventId marker = placeOrder("order-1", 2599, Outcome.COMMIT);
    try (KafkaProducer<String, byte[]> producer = OutboxFixture.producer(kafka);
        OutboxRelay relay = new OutboxRelay(database.dataSource(), producer, SETTINGS)) {
      relay.start();
      relay.wakeUp();
      charges.consumeUntil(events -> events.contains(marker));
    }

    assertThat(charges.delivered()).containsExactly(marker).doesNotContain(rolledBack);
    assertThat(totals()).containsExactly(Map.entry("order-1", 2599L));
    assertThat(charges.byOrder()).containsExactly(Map.entry("order-1", 1));
  }

  private enum Outcome {
    COMMIT,
    ROLL_BACK
  }

  /** The order service: stores the order and appends its OrderCreated in one transaction. */
  private EventId placeOrder(String orderId, long totalCents, Outcome outcome) throws SQLException {
    EventAttributes attributes = Events.orderCreated(orderId);
    byte[] payload =
        ("{\"orderId\":\"" + orderId + "\",\"totalCents\":" + totalCents + "}")
            .getBytes(StandardCharsets.UTF_8);
    try (Connection transaction = database.connect()) {
      transaction.setAutoCommit(false);
      try (PreparedStatement insert =
          transaction.prepareStatement("INSERT INTO orders (id, total_cents) VALUES (?, ?)")) {
        insert.setString(1, orderId);
        insert.setLong(2, totalCents);
        insert.executeUpdate();
      }
      outbox.append(transaction, topic, signer.sign(attributes, payload));
      switch (outcome) {
        case COMMIT -> transaction.commit();
        case ROLL_BACK -> transaction.rollback();
      }
    }
    return attributes.id();
  }

  /** Each stored order's total. */
  private Map<String, Long> totals() throws SQLException {
    Map<String, Long> totals = new HashMap<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id, total_cents FROM orders")) {
      while (rows.next()) {
        totals.put(rows.getString(1), rows.getLong(2));
      }
    }
    return totals;
  }
}
