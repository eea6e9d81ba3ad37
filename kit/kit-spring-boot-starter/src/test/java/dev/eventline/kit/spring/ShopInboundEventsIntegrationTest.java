package dev.eventline.kit.spring;

import static dev.eventline.kit.messaging.sample.SampleEvents.ORDER_PLACED;
import static dev.eventline.kit.messaging.sample.SampleEvents.PAYMENT_TAKEN;
import static dev.eventline.kit.spring.ShopIntegrationTest.newOrderId;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.deadletter.DeadLetter;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.deadletter.FailureReason;
import dev.eventline.kit.messaging.sample.SampleEvents.PaymentTaken;
import dev.eventline.kit.spring.shop.Shop;
import dev.eventline.kit.spring.shop.ShopApplication;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.net.URI;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Events that reach the shop from outside, as any producer could put them on its topic: an older
 * version still in the topic, and forged, altered, unsigned or schema-breaking ones. Refused
 * signatures are in the shop's audit log (issue 6: dead-lettered with an audit record, no effect).
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopInboundEventsIntegrationTest {
  private final TestDatabase database;
  private final TestKafka kafka;
  private final ShopSettings settings;
  private final ConfigurableApplicationContext shopContext;
  private final Shop shop;
  private final ShopTopics topics;

  ShopInboundEventsIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.database = database;
    this.kafka = kafka;
    this.topics = new ShopTopics(kafka);
    this.settings = ShopSettings.of(database, kafka, "shop", Duration.ofMillis(500));
    this.shopContext =
        new SpringApplicationBuilder(ShopApplication.class, ShopIntegrationTest.Meters.class)
            .properties(settings.properties())
            .run();
    this.shop = shopContext.getBean(Shop.class);
  }

  @AfterAll
  void stopTheShop() {
    shopContext.close();
  }

  @Test
  void aVersion1EventStillInTheTopicIsUpcastAndHandled() throws Exception {
    String orderId = newOrderId();
    byte[] v1 = ("{\"orderId\":\"" + orderId + "\",\"totalCents\":1250}").getBytes(UTF_8);

    topics.send(
        ORDER_PLACED.topic(),
        signedBy(settings.keyId(), settings.keys().getPrivate(), orderId, 1, v1));

    await().atMost(Duration.ofSeconds(30)).until(() -> shop.payments(orderId) == 1);
    PaymentTaken paid =
        payloads()
            .read(PAYMENT_TAKEN, 1, topics.eventAbout(PAYMENT_TAKEN.topic(), orderId).payload());
    assertThat(paid.amountCents()).isEqualTo(1250);
  }

  @Test
  void forgedAlteredUnsignedAndSchemaBreakingEventsAreDeadLetteredWithoutEffect() throws Exception {
    String forged = newOrderId();
    String altered = newOrderId();
    String unsigned = newOrderId();
    String broken = newOrderId();
    String good = newOrderId();
    PrivateKey stranger = Ed25519Keys.generate().getPrivate();
    PrivateKey shopKey = settings.keys().getPrivate();

    topics.send(
        ORDER_PLACED.topic(), signedBy(settings.keyId(), stranger, forged, 2, v2(forged, 100)));
    SignedEvent signed = signedBy(settings.keyId(), shopKey, altered, 2, v2(altered, 100));
    topics.send(
        ORDER_PLACED.topic(),
        new SignedEvent(signed.attributes(), v2(altered, 1), signed.signature()));
    SignedEvent toStrip = signedBy(settings.keyId(), shopKey, unsigned, 2, v2(unsigned, 100));
    topics.send(
        ORDER_PLACED.topic(),
        new SignedEvent(toStrip.attributes(), toStrip.payload(), Optional.empty()));
    topics.send(
        ORDER_PLACED.topic(),
        signedBy(
            settings.keyId(),
            shopKey,
            broken,
            2,
            ("{\"orderId\":\"" + broken + "\"}").getBytes(UTF_8)));
    topics.send(ORDER_PLACED.topic(), signedBy(settings.keyId(), shopKey, good, 2, v2(good, 100)));

    await().atMost(Duration.ofSeconds(30)).until(() -> shop.payments(good) == 1);
    Map<String, FailureReason> deadLetters = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record :
        kafka.readUntil(
            DeadLetters.topicFor(ORDER_PLACED.topic()), arrived -> arrived.size() >= 4)) {
      DeadLetter letter = DeadLetters.read(record);
      deadLetters.put(new String(letter.key(), UTF_8), letter.reason());
    }
    assertThat(deadLetters)
        .containsEntry(forged, FailureReason.BAD_SIGNATURE)
        .containsEntry(altered, FailureReason.BAD_SIGNATURE)
        .containsEntry(unsigned, FailureReason.BAD_SIGNATURE)
        .containsEntry(broken, FailureReason.SCHEMA_INVALID)
        .doesNotContainKey(good);
    for (String bad : List.of(forged, altered, unsigned, broken)) {
      assertThat(shop.payments(bad)).as("payments of %s", bad).isZero();
    }
    assertThat(auditOf(forged))
        .isEqualTo(
            "/services/shop key shop-test-1 EVENT_SIGNATURE DENIED BAD_SIGNATURE: the signature"
                + " of key shop-test-1 does not match the event");
    assertThat(auditOf(altered))
        .isEqualTo(
            "/services/shop key shop-test-1 EVENT_SIGNATURE DENIED BAD_SIGNATURE: the signature"
                + " of key shop-test-1 does not match the event");
    assertThat(auditOf(unsigned))
        .isEqualTo(
            "/services/shop (unsigned) EVENT_SIGNATURE DENIED UNSIGNED: the event has no"
                + " signature");
    assertThat(auditOf(broken)).as("a schema failure is no security decision").isEmpty();
    assertThat(auditOf(good)).isEmpty();
  }

  /** The shop's audit records of the order's events: actor, action, outcome and reason. */
  private String auditOf(String orderId) throws SQLException {
    try (Connection connection = database.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT actor || ' ' || action || ' ' || outcome || ' ' || split_part(reason, ';', 1)"
                    + " FROM eventline_audit_log WHERE correlation_id = ? ORDER BY id")) {
      query.setString(1, "corr-" + orderId);
      StringBuilder records = new StringBuilder();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          records.append(records.isEmpty() ? "" : "\n").append(rows.getString(1));
        }
      }
      return records.toString();
    }
  }

  private EventPayloads payloads() {
    return shopContext.getBean(EventPayloads.class);
  }

  private static byte[] v2(String orderId, long cents) {
    return ("{\"orderId\":\""
            + orderId
            + "\",\"total\":{\"cents\":"
            + cents
            + ",\"currency\":\"EUR\"}}")
        .getBytes(UTF_8);
  }

  private static SignedEvent signedBy(
      String keyId, PrivateKey key, String orderId, int version, byte[] payload) {
    EventAttributes attributes =
        new EventAttributes(
            EventIdGenerator.systemDefault().next(),
            URI.create("/services/shop"),
            ORDER_PLACED.name(),
            version,
            Instant.now(),
            orderId,
            "corr-" + orderId,
            Optional.empty(),
            Optional.empty());
    return new EventSigner(keyId, key).sign(attributes, payload);
  }
}
