package dev.eventline.kit.spring;

import static dev.eventline.kit.messaging.sample.SampleEvents.ORDER_PLACED;
import static dev.eventline.kit.messaging.sample.SampleEvents.PAYMENT_TAKEN;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.InvalidPayloadException;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.UndecodableEventException;
import dev.eventline.kit.messaging.deadletter.DeadLetter;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.deadletter.FailureReason;
import dev.eventline.kit.messaging.sample.SampleEvents.Money;
import dev.eventline.kit.messaging.sample.SampleEvents.OrderPlaced;
import dev.eventline.kit.messaging.sample.SampleEvents.PaymentTaken;
import dev.eventline.kit.spring.shop.Shop;
import dev.eventline.kit.spring.shop.ShopApplication;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The starter in a running Spring Boot service, on the real Kafka and PostgreSQL: a shop publishes
 * orders from a {@code @Transactional} method and charges them in a handler.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopIntegrationTest {
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(60);

  private final TestKafka kafka;
  private final ShopSettings settings;
  private final ConfigurableApplicationContext shopContext;
  private final Shop shop;
  private final KafkaEventCodec codec = new KafkaEventCodec();

  ShopIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.kafka = kafka;
    this.settings = ShopSettings.of(database, kafka, "shop", POLL_INTERVAL);
    this.shopContext =
        new SpringApplicationBuilder(ShopApplication.class, Meters.class)
            .properties(settings.properties())
            .run();
    this.shop = shopContext.getBean(Shop.class);
  }

  @AfterAll
  void stopTheShop() {
    shopContext.close();
  }

  @Test
  void anOrderIsPublishedSignedAndChargedOnceWithItsConsequenceInTheSameFlow() {
    String orderId = newOrderId();

    shop.place(orderId, 2599, "corr-" + orderId);

    await().atMost(Duration.ofSeconds(30)).until(() -> shop.payments(orderId) == 1);
    SignedEvent placed = eventAbout(ORDER_PLACED.topic(), orderId);
    SignedEvent paid = eventAbout(PAYMENT_TAKEN.topic(), orderId);
    assertThat(placed.signature()).isPresent();
    assertThat(placed.attributes().correlationId()).isEqualTo("corr-" + orderId);
    assertThat(paid.attributes().correlationId()).isEqualTo("corr-" + orderId);
    assertThat(paid.attributes().causationId()).contains(placed.attributes().id());
    assertThat(paid.attributes().source()).hasToString("/services/shop");
  }

  @Test
  void theRelayPublishesRightAfterTheCommitRatherThanAtItsNextPoll() {
    String orderId = newOrderId();
    long start = System.nanoTime();

    shop.place(orderId, 100, "corr-" + orderId);
    eventAbout(ORDER_PLACED.topic(), orderId);

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as(
            "the relay polls every %s; only the after-commit wake-up publishes sooner",
            POLL_INTERVAL)
        .isLessThan(POLL_INTERVAL.dividedBy(2));
  }

  @Test
  void aTransactionThatRollsBackLeavesNeitherTheOrderNorItsEvent() {
    String rolledBack = newOrderId();
    String committed = newOrderId();

    TransactionTemplate transaction =
        new TransactionTemplate(shopContext.getBean(PlatformTransactionManager.class));
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      shop.place(rolledBack, 500, "corr");
                      throw new IllegalStateException("the order could not be completed");
                    }))
        .hasMessageContaining("could not be completed");
    shop.place(committed, 700, "corr");

    await().atMost(Duration.ofSeconds(30)).until(() -> shop.payments(committed) == 1);
    assertThat(shop.orders(rolledBack)).isZero();
    assertThat(shop.payments(rolledBack)).isZero();
    assertThat(subjects(ORDER_PLACED.topic())).contains(committed).doesNotContain(rolledBack);
  }

  @Test
  void aRedeliveredEventIsSkippedByTheInboxAndCounted() throws Exception {
    String orderId = newOrderId();
    shop.place(orderId, 300, "corr");
    await().atMost(Duration.ofSeconds(30)).until(() -> shop.payments(orderId) == 1);
    ConsumerRecord<byte[], byte[]> original = recordAbout(ORDER_PLACED.topic(), orderId);
    double duplicatesBefore = duplicates();

    try (KafkaProducer<byte[], byte[]> producer = rawProducer()) {
      producer
          .send(
              new ProducerRecord<>(
                  original.topic(), null, original.key(), original.value(), original.headers()))
          .get();
    }

    await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() == duplicatesBefore + 1);
    assertThat(shop.payments(orderId)).isEqualTo(1);
  }

  @Test
  void publishingOutsideATransactionIsRefused() {
    TransactionalEventPublisher events = shopContext.getBean(TransactionalEventPublisher.class);
    OrderPlaced placed = new OrderPlaced("o", new Money(1, "EUR"), Optional.empty());

    assertThatThrownBy(() -> events.publish("o", placed, EventOrigin.request("corr")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside a transaction");
  }

  @Test
  void anEventThatBreaksItsSchemaIsNotPublishedAndItsTransactionRollsBack() {
    String orderId = newOrderId();

    assertThatThrownBy(() -> shop.place(orderId, -1, "corr"))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("cents");
    assertThat(shop.orders(orderId)).isZero();
  }

  @Test
  void aVersion1EventStillInTheTopicIsUpcastAndHandled() throws Exception {
    String orderId = newOrderId();
    byte[] v1 = ("{\"orderId\":\"" + orderId + "\",\"totalCents\":1250}").getBytes(UTF_8);

    send(signedBy(settings.keyId(), settings.keys().getPrivate(), orderId, 1, v1));

    await().atMost(Duration.ofSeconds(30)).until(() -> shop.payments(orderId) == 1);
    PaymentTaken paid =
        payloads().read(PAYMENT_TAKEN, 1, eventAbout(PAYMENT_TAKEN.topic(), orderId).payload());
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

    send(signedBy(settings.keyId(), stranger, forged, 2, v2(forged, 100)));
    SignedEvent signed = signedBy(settings.keyId(), shopKey, altered, 2, v2(altered, 100));
    send(new SignedEvent(signed.attributes(), v2(altered, 1), signed.signature()));
    SignedEvent toStrip = signedBy(settings.keyId(), shopKey, unsigned, 2, v2(unsigned, 100));
    send(new SignedEvent(toStrip.attributes(), toStrip.payload(), Optional.empty()));
    send(
        signedBy(
            settings.keyId(),
            shopKey,
            broken,
            2,
            ("{\"orderId\":\"" + broken + "\"}").getBytes(UTF_8)));
    send(signedBy(settings.keyId(), shopKey, good, 2, v2(good, 100)));

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

  private void send(SignedEvent event) throws Exception {
    ProducerRecord<String, byte[]> record = codec.encode(ORDER_PLACED.topic(), event);
    try (KafkaProducer<byte[], byte[]> producer = rawProducer()) {
      producer
          .send(
              new ProducerRecord<>(
                  record.topic(),
                  null,
                  record.key().getBytes(UTF_8),
                  record.value(),
                  record.headers()))
          .get();
    }
  }

  private double duplicates() {
    return shopContext
        .getBean(MeterRegistry.class)
        .get("eventline.inbox.duplicates")
        .functionCounter()
        .count();
  }

  private SignedEvent eventAbout(String topic, String subject) {
    return decode(recordAbout(topic, subject));
  }

  private ConsumerRecord<byte[], byte[]> recordAbout(String topic, String subject) {
    List<ConsumerRecord<byte[], byte[]>> records =
        kafka.readUntil(topic, arrived -> arrived.stream().anyMatch(r -> hasKey(r, subject)));
    return records.stream().filter(r -> hasKey(r, subject)).findFirst().orElseThrow();
  }

  private List<String> subjects(String topic) {
    return kafka.readUntil(topic, arrived -> !arrived.isEmpty()).stream()
        .map(record -> decode(record).attributes().subject())
        .toList();
  }

  private static boolean hasKey(ConsumerRecord<byte[], byte[]> record, String key) {
    return record.key() != null && new String(record.key(), UTF_8).equals(key);
  }

  private SignedEvent decode(ConsumerRecord<byte[], byte[]> record) {
    try {
      return codec.decode(record);
    } catch (UndecodableEventException e) {
      throw new AssertionError(e);
    }
  }

  private KafkaProducer<byte[], byte[]> rawProducer() {
    var properties = new java.util.HashMap<>(kafka.producerProperties());
    properties.put("key.serializer", ByteArraySerializer.class);
    properties.put("value.serializer", ByteArraySerializer.class);
    return new KafkaProducer<>(properties);
  }

  private static String newOrderId() {
    return "order-" + UUID.randomUUID();
  }

  /** A registry so the test can read the starter's meters. */
  static class Meters {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
