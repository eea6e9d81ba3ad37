package dev.eventline.orders.infrastructure;

import static dev.eventline.orders.infrastructure.OrderApi.assertProblem;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/orders/{id}/saga} over HTTP with real tokens, on the real Kafka and PostgreSQL;
 * the test plays the payment and inventory services. A customer sees the saga of their own order,
 * as an operator does; nobody else's.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderSagaApiIntegrationTest {
  private static final Duration WITHIN = Duration.ofSeconds(60);

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String book = "book-" + run;
  private final String ada = "ada-" + run;
  private final PlayedParticipants participants;
  private final RunningOrderService service;
  private final OrderApi api;
  private final String admin;

  OrderSagaApiIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.participants = new PlayedParticipants(kafka);
    this.service = RunningOrderService.start(database, kafka, participants);
    this.api = new OrderApi(service.baseUri());
    this.admin = service.adminToken("operator-" + run);
    participants.publishAsInventory(
        InventoryMessages.PRODUCT_UPDATED,
        book,
        new ProductUpdated(book, "Book", "", 500),
        Instant.now());
    await()
        .atMost(WITHIN)
        .until(() -> !service.bean(Catalogue.class).find(List.of(book)).isEmpty());
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    participants.close();
  }

  @Test
  void theCustomerReadsTheSagaOfTheirOrderWithItsHistoryAsAnOperatorDoes() {
    String orderId = completedOrderOf(ada);

    HttpResponse<String> own = api.get("/api/orders/" + orderId + "/saga", service.tokenFor(ada));

    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    JsonNode saga = json(own);
    assertThat(saga.get("sagaId").asString()).isEqualTo(orderId);
    assertThat(saga.get("type").asString()).isEqualTo("place-order");
    assertThat(saga.get("state").asString()).isEqualTo("COMPLETED");
    assertThat(saga.get("step").asString()).isEqualTo("complete-order");
    JsonNode history = saga.get("history");
    assertThat(history.size()).isGreaterThanOrEqualTo(3);
    assertThat(history.get(0).get("fromState").isNull()).isTrue();
    assertThat(history.get(0).get("toStep").asString()).isEqualTo("charge-payment");
    assertThat(saga).isEqualTo(json(api.get("/api/admin/sagas/" + orderId, admin)));
  }

  @Test
  void theSagaOfAnotherCustomersOrderIsNotFound() {
    String orderId = completedOrderOf(ada);

    HttpResponse<String> other =
        api.get("/api/orders/" + orderId + "/saga", service.tokenFor("eve-" + run));

    assertProblem(other, 404);
    assertThat(other.body()).doesNotContain(ada).doesNotContain("history");
  }

  @Test
  void anUnknownOrderIsNotFoundAndANonUuidIsABadRequest() {
    String token = service.tokenFor(ada);

    assertProblem(api.get("/api/orders/" + UUID.randomUUID() + "/saga", token), 404);
    assertProblem(api.get("/api/orders/" + UUID.randomUUID() + "/saga", admin), 404);
    assertProblem(api.get("/api/orders/not-a-uuid/saga", token), 400);
  }

  @Test
  void theSagaNeedsAToken() {
    String orderId = completedOrderOf(ada);

    HttpResponse<String> anonymous =
        api.send(HttpRequest.newBuilder(api.uri("/api/orders/" + orderId + "/saga")).GET());

    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void anAdministratorReadsTheSagaOfAnyCustomersOrder() {
    String orderId = completedOrderOf(ada);

    HttpResponse<String> any = api.get("/api/orders/" + orderId + "/saga", admin);

    assertThat(any.statusCode()).as(any.body()).isEqualTo(200);
    assertThat(json(any).get("sagaId").asString()).isEqualTo(orderId);
  }

  private String completedOrderOf(String user) {
    String token = service.tokenFor(user);
    String orderId = orderId(api.post("/api/orders", token, items(book, 1), Optional.empty()));
    await()
        .atMost(WITHIN)
        .until(
            () ->
                json(api.get("/api/orders/" + orderId, token))
                    .get("status")
                    .asString()
                    .equals("COMPLETED"));
    return orderId;
  }
}
