package dev.eventline.kit.spring;

import static dev.eventline.kit.messaging.sample.SampleEvents.ORDER_PLACED;
import static dev.eventline.kit.messaging.sample.SampleEvents.PAYMENT_TAKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.InvalidPayloadException;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.sample.SampleEvents.Money;
import dev.eventline.kit.messaging.sample.SampleEvents.OrderPlaced;
import dev.eventline.kit.spring.shop.Shop;
import dev.eventline.kit.spring.shop.ShopApplication;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
  private final ShopTopics topics;

  ShopIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.kafka = kafka;
    this.topics = new ShopTopics(kafka);
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
    SignedEvent placed = topics.eventAbout(ORDER_PLACED.topic(), orderId);
    SignedEvent paid = topics.eventAbout(PAYMENT_TAKEN.topic(), orderId);
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
    topics.eventAbout(ORDER_PLACED.topic(), orderId);

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
    assertThat(topics.subjects(ORDER_PLACED.topic()))
        .contains(committed)
        .doesNotContain(rolledBack);
  }

  @Test
  void aRedeliveredEventIsSkippedByTheInboxAndCounted() throws Exception {
    String orderId = newOrderId();
    shop.place(orderId, 300, "corr");
    await().atMost(Duration.ofSeconds(30)).until(() -> shop.payments(orderId) == 1);
    ConsumerRecord<byte[], byte[]> original = topics.recordAbout(ORDER_PLACED.topic(), orderId);
    double duplicatesBefore = duplicates();

    topics.resend(original);

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

  private double duplicates() {
    return shopContext
        .getBean(MeterRegistry.class)
        .get("eventline.inbox.duplicates")
        .functionCounter()
        .count();
  }

  static String newOrderId() {
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
