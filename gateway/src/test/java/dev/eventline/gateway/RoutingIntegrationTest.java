package dev.eventline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.gateway.RecordingService.Received;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 6, item 1: each path family reaches its service, with the caller's headers. */
class RoutingIntegrationTest extends GatewayIntegrationTest {

  @ParameterizedTest(name = "{0} {1} goes to {2}")
  @CsvSource({
    "GET,  /api/orders,                                    orders",
    "GET,  /api/orders/5b7c9a4e-0b55-4f1e-9f53-5a4c1b2d3e4f, orders",
    "GET,  /api/orders/5b7c9a4e-0b55-4f1e-9f53-5a4c1b2d3e4f/saga, orders",
    "POST, /api/orders,                                    orders",
    "GET,  /api/admin/sagas,                               orders",
    "GET,  /api/admin/sagas/5b7c9a4e-0b55-4f1e-9f53-5a4c1b2d3e4f, orders",
    "POST, /api/admin/sagas/5b7c9a4e-0b55-4f1e-9f53-5a4c1b2d3e4f/retry, orders",
    "GET,  /api/admin/dead-letters,                        orders",
    "POST, /api/admin/dead-letters/42/replay,              orders",
    "GET,  /api/wallet,                                    payments",
    "POST, /api/wallet/deposits,                           payments",
    "GET,  /api/wallet/payments/5b7c9a4e-0b55-4f1e-9f53-5a4c1b2d3e4f, payments",
    "GET,  /api/admin/payments/5b7c9a4e-0b55-4f1e-9f53-5a4c1b2d3e4f, payments",
    "GET,  /api/admin/wallets/alice,                       payments",
    "GET,  /api/products,                                  inventory",
    "GET,  /api/reservations/5b7c9a4e-0b55-4f1e-9f53-5a4c1b2d3e4f, inventory",
    "PUT,  /api/admin/products/TEA-1,                      inventory"
  })
  void routesEachPathFamilyToItsService(String method, String path, String service)
      throws Exception {
    String correlationId = "route-" + UUID.randomUUID();
    boolean withBody =
        !method.equals("GET") && !path.endsWith("/retry") && !path.endsWith("/replay");
    HttpResponse<String> response =
        send(
            request(path, Tokens.admin(Tokens.newUser()))
                .header("X-Correlation-ID", correlationId)
                .header("Content-Type", "application/json")
                .method(
                    method, withBody ? BodyPublishers.ofString("{}") : BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"service\":\"" + service + "\"}");
    assertThat(serviceNamed(service).withCorrelationId(correlationId))
        .singleElement()
        .satisfies(
            received -> {
              assertThat(received.method()).isEqualTo(method);
              assertThat(received.path()).isEqualTo(path);
            });
  }

  @Test
  void passesTheAuthorizationHeaderQueryAndBodyOnToTheService() throws Exception {
    String token = Tokens.user(Tokens.newUser());
    String correlationId = "order-" + UUID.randomUUID();
    send(
        request("/api/orders?status=PENDING&page=2", token)
            .header("X-Correlation-ID", correlationId)
            .header("Idempotency-Key", "first")
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString("{\"items\":[{\"sku\":\"TEA-1\",\"quantity\":2}]}")));

    Received received = ORDERS.withCorrelationId(correlationId).getFirst();
    assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
    assertThat(received.header("Idempotency-Key")).isEqualTo("first");
    assertThat(received.query()).isEqualTo("status=PENDING&page=2");
    assertThat(received.body()).isEqualTo("{\"items\":[{\"sku\":\"TEA-1\",\"quantity\":2}]}");
  }

  @Test
  void passesTheServicesOwnErrorsThrough() throws Exception {
    String path = "/api/orders/" + UUID.randomUUID();
    ORDERS.answer(
        "GET",
        path,
        new RecordingService.Answer(
            404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\"}"));

    HttpResponse<String> response = get(path, Tokens.user(Tokens.newUser()));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"status\":404,\"title\":\"Not Found\"}");
  }

  @Test
  void answersAPathNoServiceServesWithANotFoundProblem() throws Exception {
    HttpResponse<String> response = get("/api/nothing-here", Tokens.user(Tokens.newUser()));

    assertProblem(response, 404, "/api/nothing-here");
  }

  private static RecordingService serviceNamed(String name) {
    return switch (name) {
      case "orders" -> ORDERS;
      case "payments" -> PAYMENTS;
      case "inventory" -> INVENTORY;
      default -> throw new IllegalArgumentException(name);
    };
  }
}
