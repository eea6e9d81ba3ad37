package dev.eventline.orders.infrastructure;

import static dev.eventline.orders.infrastructure.OrderApi.assertProblem;
import static dev.eventline.orders.infrastructure.OrderApi.ids;
import static dev.eventline.orders.infrastructure.OrderApi.items;
import static dev.eventline.orders.infrastructure.OrderApi.json;
import static dev.eventline.orders.infrastructure.OrderApi.orderId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.api.ProductUpdated;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.orders.Catalogue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/orders} over HTTP with real tokens, on the real Kafka and PostgreSQL; the test plays
 * the payment and inventory services ({@link PlayedParticipants}) and announces the catalogue.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderApiIntegrationTest {
  private static final Duration WITHIN = Duration.ofSeconds(60);

  /** Unique per run: the broker outlives runs, and its topics keep earlier runs' events. */
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private final String book = "book-" + run;
  private final String pen = "pen-" + run;
  private final String rare = "rare-" + run;
  private final PlayedParticipants participants;
  private final RunningOrderService service;
  private final OrderApi api;

  OrderApiIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.participants = new PlayedParticipants(kafka);
    this.service = RunningOrderService.start(database, kafka, participants);
    this.api = new OrderApi(service.baseUri());
    for (String sku : List.of(book, pen, rare)) {
      participants.publishAsInventory(
          InventoryMessages.PRODUCT_UPDATED,
          sku,
          new ProductUpdated(sku, sku, "", sku.equals(pen) ? 120 : 500),
          Instant.now());
    }
    await()
        .atMost(WITHIN)
        .until(() -> service.bean(Catalogue.class).find(List.of(book, pen, rare)).size() == 3);
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    participants.close();
  }

  @Test
  void placingAnOrderAnswers202WithItsLocationAndAPendingOrder() {
    HttpResponse<String> placed = place("ada-" + run, items(book, 2, pen, 1), Optional.empty());

    assertThat(placed.statusCode()).isEqualTo(202);
    JsonNode body = json(placed);
    String orderId = body.get("orderId").asString();
    assertThat(UUID.fromString(orderId)).isNotNull();
    assertThat(body.propertyNames()).containsExactlyInAnyOrder("orderId", "status", "totalCents");
    assertThat(body.get("status").asString()).isEqualTo("PENDING");
    assertThat(body.get("totalCents").asLong()).isEqualTo(1_120);
    assertThat(placed.headers().firstValue("Location")).contains("/api/orders/" + orderId);
  }

  @Test
  void theCustomerReadsTheirOrderWithItsItemsAndOutcome() {
    String user = "ada-" + run;
    String orderId = orderId(place(user, items(pen, 3, book, 1), Optional.empty()));

    JsonNode order = awaitEnd(user, orderId);

    assertThat(order.propertyNames())
        .containsExactlyInAnyOrder(
            "orderId",
            "status",
            "cancellationReason",
            "totalCents",
            "items",
            "createdAt",
            "updatedAt");
    assertThat(order.get("orderId").asString()).isEqualTo(orderId);
    assertThat(order.get("status").asString()).isEqualTo("COMPLETED");
    assertThat(order.get("cancellationReason").isNull()).isTrue();
    assertThat(order.get("totalCents").asLong()).isEqualTo(860);
    assertThat(order.get("items").toString())
        .isEqualTo(
            "[{\"sku\":\"%s\",\"quantity\":1,\"unitPriceCents\":500},{\"sku\":\"%s\",\"quantity\":3,\"unitPriceCents\":120}]"
                .formatted(book, pen));
    Instant created = Instant.parse(order.get("createdAt").asString());
    assertThat(Instant.parse(order.get("updatedAt").asString())).isAfterOrEqualTo(created);
  }

  @Test
  void aDeclinedPaymentShowsAsCancelledWithItsReason() {
    String user = "broke-" + run;
    String orderId = orderId(place(user, items(book, 1), Optional.empty()));

    JsonNode order = awaitEnd(user, orderId);

    assertThat(order.get("status").asString()).isEqualTo("CANCELLED");
    assertThat(order.get("cancellationReason").asString()).isEqualTo("PAYMENT_DECLINED");
  }

  @Test
  void anotherUsersOrderOrAnUnknownOneIsNotFoundAndANonUuidIsABadRequest() {
    String orderId = orderId(place("barbara-" + run, items(pen, 1), Optional.empty()));
    String mallory = service.tokenFor("mallory-" + run);

    assertProblem(api.get("/api/orders/" + orderId, mallory), 404);
    assertProblem(api.get("/api/orders/" + UUID.randomUUID(), mallory), 404);
    assertProblem(api.get("/api/orders/not-a-uuid", mallory), 400);
    assertThat(json(api.get("/api/orders", mallory)).get("total").asLong()).isZero();
  }

  @Test
  void ordersNeedAToken() {
    HttpResponse<String> read = api.send(HttpRequest.newBuilder(api.uri("/api/orders")).GET());
    HttpResponse<String> write =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(items(book, 1))));

    assertThat(read.statusCode()).isEqualTo(401);
    assertThat(write.statusCode()).isEqualTo(401);
  }

  @Test
  void theCallersOrdersAreListedNewestFirstByStatusAndPage() {
    String user = "grace-" + run;
    String first = orderId(place(user, items(book, 1), Optional.empty()));
    String cancelled = orderId(place(user, items(rare, 1), Optional.empty()));
    String last = orderId(place(user, items(pen, 1), Optional.empty()));
    List.of(first, cancelled, last).forEach(id -> awaitEnd(user, id));
    String token = service.tokenFor(user);

    JsonNode all = json(api.get("/api/orders", token));
    JsonNode completed = json(api.get("/api/orders?status=COMPLETED&page=0&size=1", token));
    JsonNode secondPage = json(api.get("/api/orders?status=COMPLETED&page=1&size=1", token));
    JsonNode cancelledOnly = json(api.get("/api/orders?status=CANCELLED", token));

    assertThat(all.propertyNames()).containsExactlyInAnyOrder("orders", "page", "size", "total");
    assertThat(all.get("page").asInt()).isZero();
    assertThat(all.get("size").asInt()).isEqualTo(20);
    assertThat(all.get("total").asLong()).isEqualTo(3);
    assertThat(ids(all)).containsExactly(last, cancelled, first);
    assertThat(completed.get("total").asLong()).isEqualTo(2);
    assertThat(ids(completed)).containsExactly(last);
    assertThat(ids(secondPage)).containsExactly(first);
    assertThat(ids(cancelledOnly)).containsExactly(cancelled);
    assertThat(cancelledOnly.get("orders").get(0).get("cancellationReason").asString())
        .isEqualTo("OUT_OF_STOCK");
  }

  /**
   * More readers at once than the pool has connections: each is answered, because reading an
   * order's lines never waits for a second connection while holding the first.
   */
  @Test
  void manyCustomersListingTheirOrdersAtOnceAreAllAnswered() throws Exception {
    String user = "heidi-" + run;
    String id = orderId(place(user, items(book, 2), Optional.empty()));
    awaitEnd(user, id);
    String token = service.tokenFor(user);

    List<HttpResponse<String>> answers;
    try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<HttpResponse<String>>> calls =
          IntStream.range(0, 40)
              .mapToObj(i -> readers.submit(() -> api.get("/api/orders", token)))
              .toList();
      answers = new ArrayList<>();
      for (Future<HttpResponse<String>> call : calls) {
        answers.add(call.get(20, TimeUnit.SECONDS));
      }
    }

    assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
    assertThat(json(answers.getFirst()).get("orders").get(0).get("items").size()).isEqualTo(1);
  }

  @Test
  void aBadStatusPageOrSizeIsABadRequest() {
    String token = service.tokenFor("grace-" + run);

    for (String query :
        List.of("status=SHIPPED", "page=-1", "page=first", "size=0", "size=101", "size=x")) {
      assertProblem(api.get("/api/orders?" + query, token), 400);
    }
  }

  @Test
  void theSameIdempotencyKeyTwiceGivesTheSameOrderOnce() {
    String user = "linus-" + run;
    Optional<String> key = Optional.of("checkout-1");

    HttpResponse<String> first = place(user, items(book, 2, pen, 1), key);
    HttpResponse<String> again = place(user, items(pen, 1, book, 2), key);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(orderId(again)).isEqualTo(orderId(first));
    assertThat(again.headers().firstValue("Location")).contains("/api/orders/" + orderId(first));
    assertThat(ordersOf(user).get("total").asLong()).isEqualTo(1);
  }

  @Test
  void theSameIdempotencyKeyWithOtherItemsIsUnprocessable() {
    String user = "margaret-" + run;
    Optional<String> key = Optional.of("checkout-1");
    place(user, items(book, 1), key);

    assertProblem(place(user, items(book, 2), key), 422);
    assertThat(ordersOf(user).get("total").asLong()).isEqualTo(1);
  }

  @Test
  void anUnknownSkuIsUnprocessableAndNothingIsPlaced() {
    String user = "alan-" + run;

    HttpResponse<String> refused = place(user, items("ghost-" + run, 1), Optional.empty());

    assertProblem(refused, 422);
    assertThat(json(refused).get("detail").asString()).contains("ghost-" + run);
    assertThat(ordersOf(user).get("total").asLong()).isZero();
  }

  @Test
  void aBadQuantityAnUnknownFieldMissingItemsOrTooManyLinesIsABadRequest() {
    String user = "edsger-" + run;
    String tooMany =
        IntStream.range(0, 101)
            .mapToObj(i -> "{\"sku\":\"%s\",\"quantity\":1}".formatted(book))
            .collect(Collectors.joining(",", "{\"items\":[", "]}"));

    for (String body :
        List.of(
            items(book, 0),
            items(book, -1),
            "{\"items\":[{\"sku\":\"%s\",\"quantity\":1,\"unitPriceCents\":1}]}".formatted(book),
            "{\"items\":[{\"sku\":\"%s\",\"quantity\":1}],\"userId\":\"x\"}".formatted(book),
            "{\"items\":[{\"sku\":\"%s\"}]}".formatted(book),
            "{\"items\":[]}",
            "{}",
            tooMany)) {
      assertProblem(place(user, body, Optional.empty()), 400);
    }
    assertProblem(place(user, items(book, 1), Optional.of(" ")), 400);
    assertThat(ordersOf(user).get("total").asLong()).isZero();
  }

  private HttpResponse<String> place(String user, String body, Optional<String> key) {
    return api.post("/api/orders", service.tokenFor(user), body, key);
  }

  private JsonNode ordersOf(String user) {
    return json(api.get("/api/orders", service.tokenFor(user)));
  }

  private JsonNode awaitEnd(String user, String orderId) {
    String token = service.tokenFor(user);
    await()
        .atMost(WITHIN)
        .until(
            () ->
                !json(api.get("/api/orders/" + orderId, token))
                    .get("status")
                    .asString()
                    .equals("PENDING"));
    return json(api.get("/api/orders/" + orderId, token));
  }
}
