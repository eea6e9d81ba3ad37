package dev.eventline.inventory.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.TokenIssuer;
import dev.eventline.inventory.api.InventoryReservationFailed;
import dev.eventline.inventory.api.InventoryReserved;
import dev.eventline.inventory.api.StockLine;
import dev.eventline.inventory.api.StockReleased;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/reservations/{orderId}} of a running inventory service on the real PostgreSQL and
 * Kafka, with real tokens, after the stand-in saga's commands went through Kafka: a customer sees
 * the reservation of their own order, and only that one; an administrator sees any.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReservationApiIntegrationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client = HttpClient.newHttpClient();
  private final StandInOrderService orders;
  private final ConfigurableApplicationContext inventory;
  private final StockBooks books;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String alice = "alice-" + run;
  private final String bob = "bob-" + run;

  ReservationApiIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.orders = new StandInOrderService(kafka);
    this.inventory =
        new SpringApplicationBuilder(InventoryServiceApplication.class)
            .properties(InventorySettings.of(database, kafka, orders))
            .run();
    this.books = new StockBooks(inventory);
  }

  @AfterAll
  void stop() {
    inventory.close();
    orders.close();
  }

  @Test
  void theCustomerSeesTheStockSetAsideForTheirOrder() throws Exception {
    String beans = books.product(10);
    String cup = books.product(3);
    UUID order = UUID.randomUUID();
    SignedEvent reserve =
        orders.reserveFor(alice, order, new StockLine(beans, 2), new StockLine(cup, 1));
    assertThat(orders.answerTo(order, reserve)).isEqualTo(new InventoryReserved(order));

    HttpResponse<String> response = get("/api/reservations/" + order, token(alice));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode reservation = JSON.readTree(response.body());
    assertThat(reservation.propertyNames())
        .containsExactlyInAnyOrder("orderId", "status", "lines", "shortage");
    assertThat(reservation.get("orderId").asString()).isEqualTo(order.toString());
    assertThat(reservation.get("status").asString()).isEqualTo("RESERVED");
    assertThat(reservation.get("lines").toString())
        .isEqualTo(
            "[{\"sku\":\"%s\",\"quantity\":2},{\"sku\":\"%s\",\"quantity\":1}]"
                .formatted(beans, cup));
    assertThat(reservation.get("shortage").isNull()).isTrue();
  }

  @Test
  void aReleasedReservationShowsWhatItHeld() throws Exception {
    String cup = books.product(3);
    UUID order = UUID.randomUUID();
    orders.answerTo(order, orders.reserveFor(alice, order, new StockLine(cup, 2)));
    assertThat(orders.answerTo(order, orders.release(order))).isEqualTo(new StockReleased(order));

    JsonNode reservation = ok(get("/api/reservations/" + order, token(alice)));

    assertThat(reservation.get("status").asString()).isEqualTo("RELEASED");
    assertThat(reservation.get("lines").get(0).get("quantity").asInt()).isEqualTo(2);
  }

  @Test
  void aFailedReservationShowsTheShortageAndNoLines() throws Exception {
    String cup = books.product(1);
    UUID order = UUID.randomUUID();
    SignedEvent reserve = orders.reserveFor(alice, order, new StockLine(cup, 3));
    assertThat(orders.answerTo(order, reserve))
        .isEqualTo(new InventoryReservationFailed(order, cup, 3, 1));

    JsonNode reservation = ok(get("/api/reservations/" + order, token(alice)));

    assertThat(reservation.get("status").asString()).isEqualTo("FAILED");
    assertThat(reservation.get("lines").isEmpty()).isTrue();
    assertThat(reservation.get("shortage").toString())
        .isEqualTo("{\"sku\":\"%s\",\"requested\":3,\"available\":1}".formatted(cup));
  }

  @Test
  void anotherCustomersReservationIsNotFound() throws Exception {
    UUID order = reservedFor(alice);

    HttpResponse<String> response = get("/api/reservations/" + order, token(bob));

    assertProblem(response, 404);
    assertThat(response.body()).doesNotContain(alice);
  }

  @Test
  void anUnknownOrderIsNotFoundAndAnIdThatIsNotAUuidIsABadRequest() throws Exception {
    assertProblem(get("/api/reservations/" + UUID.randomUUID(), token(alice)), 404);
    assertProblem(get("/api/reservations/" + UUID.randomUUID(), adminToken()), 404);
    assertProblem(get("/api/reservations/order-42", token(alice)), 400);
  }

  @Test
  void aReservationNeedsAToken() throws Exception {
    UUID order = reservedFor(alice);

    HttpResponse<String> response = send(request("/api/reservations/" + order).GET());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void anAdministratorSeesAnyCustomersReservation() throws Exception {
    UUID order = reservedFor(alice);

    JsonNode reservation = ok(get("/api/reservations/" + order, adminToken()));

    assertThat(reservation.get("orderId").asString()).isEqualTo(order.toString());
    assertThat(reservation.get("status").asString()).isEqualTo("RESERVED");
  }

  @Test
  void aReservationCommandedWithoutTheCustomerIsShownToAdministratorsOnly() throws Exception {
    String cup = books.product(2);
    UUID order = UUID.randomUUID();
    orders.answerTo(order, orders.reserveWithoutCustomer(order, new StockLine(cup, 1)));

    assertProblem(get("/api/reservations/" + order, token(alice)), 404);
    assertThat(ok(get("/api/reservations/" + order, adminToken())).get("status").asString())
        .isEqualTo("RESERVED");
  }

  @Test
  void aReservationRefusedAfterAnEarlyReleaseIsShownToTheCustomerItNames() throws Exception {
    String cup = books.product(2);
    UUID order = UUID.randomUUID();
    orders.answerTo(order, orders.release(order));
    assertProblem(get("/api/reservations/" + order, token(alice)), 404);

    orders.answerTo(order, orders.reserveFor(alice, order, new StockLine(cup, 1)));

    JsonNode reservation = ok(get("/api/reservations/" + order, token(alice)));
    assertThat(reservation.get("status").asString()).isEqualTo("RELEASED_BEFORE_RESERVED");
    assertThat(reservation.get("lines").isEmpty()).isTrue();
    assertThat(books.available(cup)).isEqualTo(2);
  }

  private UUID reservedFor(String userId) {
    String cup = books.product(5);
    UUID order = UUID.randomUUID();
    SignedEvent reserve = orders.reserveFor(userId, order, new StockLine(cup, 1));
    assertThat(orders.answerTo(order, reserve)).isEqualTo(new InventoryReserved(order));
    return order;
  }

  private static String token(String userId) {
    return TestTokens.ISSUER.mint(userId, TokenIssuer.Role.USER);
  }

  private String adminToken() {
    return TestTokens.ISSUER.mint("operator-" + run, TokenIssuer.Role.ADMIN);
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(status);
  }

  private HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    return send(request(path).header("Authorization", "Bearer " + token).GET());
  }

  private HttpRequest.Builder request(String path) {
    String port = inventory.getEnvironment().getRequiredProperty("local.server.port");
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
