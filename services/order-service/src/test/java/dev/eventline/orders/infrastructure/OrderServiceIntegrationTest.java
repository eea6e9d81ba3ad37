package dev.eventline.orders.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.api.ProductUpdated;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.api.StockLine;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.orders.Catalogue;
import dev.eventline.orders.IdempotencyKeyReusedException;
import dev.eventline.orders.Order;
import dev.eventline.orders.OrderItem;
import dev.eventline.orders.OrderStatus;
import dev.eventline.orders.RequestedItem;
import dev.eventline.orders.UnknownProductException;
import dev.eventline.orders.api.CancellationReason;
import dev.eventline.orders.api.OrderCreated;
import dev.eventline.orders.api.OrderLine;
import dev.eventline.orders.api.OrderMessages;
import dev.eventline.orders.application.OrderPlacement;
import dev.eventline.orders.application.OrderQueries;
import dev.eventline.payments.api.ChargePayment;
import dev.eventline.payments.api.RefundPayment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The order service on the real Kafka and PostgreSQL; the test plays the payment and inventory
 * services ({@link PlayedParticipants}), answering their commands with signed replies.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderServiceIntegrationTest {
  private static final Duration WITHIN = Duration.ofSeconds(60);

  /** Unique per run: the broker outlives runs, and its topics keep earlier runs' events. */
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private final String book = "book-" + run;
  private final String pen = "pen-" + run;
  private final String rare = "rare-" + run;
  private final TestKafka kafka;
  private final PlayedParticipants participants;
  private final RunningOrderService service;

  OrderServiceIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.kafka = kafka;
    this.participants = new PlayedParticipants(kafka);
    this.service = RunningOrderService.start(database, kafka, participants);
    Instant now = Instant.now();
    announce(book, "Book", 500, now);
    announce(pen, "Pen", 120, now);
    announce(rare, "Rare stamp", 9_900, now);
    await().atMost(WITHIN).until(() -> catalogue().find(List.of(book, pen, rare)).size() == 3);
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    participants.close();
  }

  @Test
  void productUpdatesBuildTheReadModelAndAnOlderOneChangesNothing() {
    String sku = "lamp-" + run;
    Instant now = Instant.now();
    announce(sku, "Lamp", 2_000, now);
    announce(sku, "Lamp", 2_000, now); // delivered twice
    announce(sku, "Old lamp", 1_000, now.minusSeconds(60));
    announce("marker-" + run, "Marker", 1, now);

    await().atMost(WITHIN).until(() -> !catalogue().find(List.of("marker-" + run)).isEmpty());
    assertThat(catalogue().find(List.of(sku)).get(sku).priceCents()).isEqualTo(2_000);
    assertThat(catalogue().find(List.of(sku)).get(sku).name()).isEqualTo("Lamp");
  }

  @Test
  void placingAnOrderPricesItPublishesOrderCreatedAndChargesTheTotal() {
    String user = "ada-" + run;
    Order order =
        placement()
            .placeOrder(
                user,
                List.of(
                    new RequestedItem(book, 1),
                    new RequestedItem(pen, 1),
                    new RequestedItem(book, 1)),
                Optional.empty(),
                "corr-" + run);

    assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(order.items())
        .containsExactly(new OrderItem(book, 2, 500), new OrderItem(pen, 1, 120));
    assertThat(order.totalCents()).isEqualTo(1_120);
    OrderCreated created = created(order.id());
    assertThat(created.lines())
        .containsExactly(new OrderLine(book, 2, 500), new OrderLine(pen, 1, 120));
    assertThat(created.totalCents()).isEqualTo(1_120);
    await().atMost(WITHIN).until(() -> !participants.commandsFor(order.id()).isEmpty());
    assertThat(participants.commandsFor(order.id()).getFirst())
        .isEqualTo(new ChargePayment(order.id(), user, 1_120));
  }

  @Test
  void anOrderEveryoneAgreesToCompletes() {
    Order order = place("ada-" + run, book);

    assertThat(awaitEnd(order).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(commandTypes(order)).containsExactly("ChargePayment", "ReserveStock");
    assertThat(participants.commandsFor(order.id()).get(1))
        .as("the reservation names the customer, so that the inventory shows it to them alone")
        .isEqualTo(new ReserveStock(order.id(), "ada-" + run, List.of(new StockLine(book, 1))));
  }

  @Test
  void aDeclinedPaymentCancelsTheOrderWithoutARefund() {
    Order order = place("broke-" + run, book);

    Order ended = awaitEnd(order);
    assertThat(ended.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(ended.cancellationReason()).contains(CancellationReason.PAYMENT_DECLINED);
    assertThat(commandTypes(order)).containsExactly("ChargePayment");
  }

  @Test
  void stockRunningOutAfterPaymentRefundsExactlyOnceAndCancelsTheOrder() {
    Order order = place("ada-" + run, rare);

    Order ended = awaitEnd(order);
    assertThat(ended.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(ended.cancellationReason()).contains(CancellationReason.OUT_OF_STOCK);
    assertThat(participants.commandsFor(order.id()))
        .filteredOn(RefundPayment.class::isInstance)
        .containsExactly(new RefundPayment(order.id(), "ada-" + run, 9_900));
  }

  @Test
  void theSameIdempotencyKeyWithTheSameItemsAnswersTheSameOrder() {
    String user = "grace-" + run;
    Optional<String> key = Optional.of("key-1");
    Order first =
        placement()
            .placeOrder(
                user, List.of(new RequestedItem(book, 2), new RequestedItem(pen, 1)), key, "c-1");
    Order again =
        placement()
            .placeOrder(
                user,
                List.of(
                    new RequestedItem(pen, 1),
                    new RequestedItem(book, 1),
                    new RequestedItem(book, 1)),
                key,
                "c-2");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(queries().orders(user, Optional.empty(), 0, 10).total()).isEqualTo(1);
    assertThatThrownBy(
            () -> placement().placeOrder(user, List.of(new RequestedItem(pen, 5)), key, "c-3"))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    Order otherUser =
        placement().placeOrder("linus-" + run, List.of(new RequestedItem(pen, 5)), key, "c-4");
    assertThat(otherUser.id()).isNotEqualTo(first.id());
  }

  @Test
  void anUnknownSkuIsRefusedAndNothingIsPlaced() {
    String user = "alan-" + run;
    assertThatThrownBy(() -> place(user, "ghost-" + run))
        .isInstanceOf(UnknownProductException.class)
        .hasMessageContaining("ghost-" + run);
    assertThat(queries().orders(user, Optional.empty(), 0, 10).total()).isZero();
  }

  @Test
  void anotherUsersOrderIsNotFoundAndOrdersListOnlyTheCallersOwn() {
    Order order = place("barbara-" + run, pen);
    awaitEnd(order);

    assertThat(queries().order("mallory-" + run, order.id())).isEmpty();
    assertThat(queries().order("barbara-" + run, order.id())).isPresent();
    assertThat(queries().orders("mallory-" + run, Optional.empty(), 0, 10).orders()).isEmpty();
    assertThat(
            queries().orders("barbara-" + run, Optional.of(OrderStatus.COMPLETED), 0, 10).orders())
        .extracting(Order::id)
        .containsExactly(order.id());
  }

  private Order place(String user, String sku) {
    return placement()
        .placeOrder(user, List.of(new RequestedItem(sku, 1)), Optional.empty(), "corr-" + user);
  }

  private Order awaitEnd(Order order) {
    await().atMost(WITHIN).until(() -> current(order).status() != OrderStatus.PENDING);
    return current(order);
  }

  private Order current(Order order) {
    return queries().order(order.userId(), order.id()).orElseThrow();
  }

  private List<String> commandTypes(Order order) {
    return participants.commandsFor(order.id()).stream()
        .map(command -> command.getClass().getSimpleName())
        .toList();
  }

  private OrderCreated created(UUID orderId) {
    String key = orderId.toString();
    ConsumerRecord<byte[], byte[]> record =
        kafka
            .readUntil(
                OrderMessages.ORDER_CREATED.topic(),
                records -> records.stream().anyMatch(r -> hasKey(r, key)))
            .stream()
            .filter(r -> hasKey(r, key))
            .findFirst()
            .orElseThrow();
    try {
      SignedEvent event = new KafkaEventCodec().decode(record);
      return EventPayloads.forTypes(PlayedParticipants.TYPES)
          .read(OrderMessages.ORDER_CREATED, event.attributes().version(), event.payload());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static boolean hasKey(ConsumerRecord<byte[], byte[]> record, String key) {
    return record.key() != null && new String(record.key(), UTF_8).equals(key);
  }

  private void announce(String sku, String name, long priceCents, Instant time) {
    participants.publishAsInventory(
        InventoryMessages.PRODUCT_UPDATED,
        sku,
        new ProductUpdated(sku, name, "", priceCents),
        time);
  }

  private OrderPlacement placement() {
    return service.bean(OrderPlacement.class);
  }

  private OrderQueries queries() {
    return service.bean(OrderQueries.class);
  }

  private Catalogue catalogue() {
    return service.bean(Catalogue.class);
  }
}
