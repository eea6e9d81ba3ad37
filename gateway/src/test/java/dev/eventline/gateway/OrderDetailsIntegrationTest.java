package dev.eventline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.gateway.RecordingService.Answer;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6, item 1: {@code GET /api/orders/{id}/details}, put together by the gateway from the
 * services' owner-scoped views, called with the caller's own token, with each missing part named
 * rather than failing the view.
 */
class OrderDetailsIntegrationTest extends GatewayIntegrationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void showsTheOwnerEveryPartFromTheServicesViewsOfTheirOwnOrder() throws Exception {
    UUID id = UUID.randomUUID();
    ORDERS.answer("GET", "/api/orders/" + id, Answer.json(200, order(id)));
    ORDERS.answer("GET", "/api/orders/" + id + "/saga", Answer.json(200, saga(id)));
    PAYMENTS.answer("GET", "/api/wallet/payments/" + id, Answer.json(200, payment(id)));
    INVENTORY.answer("GET", "/api/reservations/" + id, Answer.json(200, reserved(id)));
    String token = Tokens.user(Tokens.newUser());
    String correlationId = "details-" + id;

    HttpResponse<String> response =
        send(request(details(id), token).header("X-Correlation-ID", correlationId));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.at("/order/orderId").asString()).isEqualTo(id.toString());
    assertThat(body.at("/order/status").asString()).isEqualTo("COMPLETED");
    assertThat(body.at("/order/items/0/sku").asString()).isEqualTo("TEA-1");
    assertThat(body.at("/saga/availability").asString()).isEqualTo("AVAILABLE");
    assertThat(body.at("/saga/value/state").asString()).isEqualTo("COMPLETED");
    assertThat(body.at("/saga/value/history/0/toStep").asString()).isEqualTo("charge-payment");
    assertThat(body.at("/payment/availability").asString()).isEqualTo("AVAILABLE");
    assertThat(body.at("/payment/value/status").asString()).isEqualTo("CHARGED");
    assertThat(body.at("/payment/value/amountCents").asLong()).isEqualTo(5000);
    assertThat(body.at("/reservation/availability").asString()).isEqualTo("AVAILABLE");
    assertThat(body.at("/reservation/value/status").asString()).isEqualTo("RESERVED");
    assertThat(body.at("/reservation/value/lines/0/sku").asString()).isEqualTo("TEA-1");
    assertThat(body.at("/reservation/value/lines/0/quantity").asInt()).isEqualTo(2);
    assertThat(body.at("/reservation/value/shortage").isNull()).isTrue();
    assertThat(body.toString()).doesNotContain("NOT_EXPOSED").doesNotContain("reason");
    assertThat(
            Stream.of(ORDERS, PAYMENTS, INVENTORY)
                .flatMap(service -> service.withCorrelationId(correlationId).stream()))
        .allSatisfy(
            call -> {
              assertThat(call.method()).isEqualTo("GET");
              assertThat(call.header("Authorization")).isEqualTo("Bearer " + token);
            })
        .extracting(RecordingService.Received::path)
        .containsExactlyInAnyOrder(
            "/api/orders/" + id,
            "/api/orders/" + id + "/saga",
            "/api/wallet/payments/" + id,
            "/api/reservations/" + id);
  }

  @Test
  void showsWhyAReservationFailed() throws Exception {
    UUID id = UUID.randomUUID();
    ORDERS.answer("GET", "/api/orders/" + id, Answer.json(200, order(id)));
    ORDERS.answer("GET", "/api/orders/" + id + "/saga", Answer.json(200, saga(id)));
    PAYMENTS.answer("GET", "/api/wallet/payments/" + id, Answer.json(200, payment(id)));
    INVENTORY.answer(
        "GET",
        "/api/reservations/" + id,
        Answer.json(
            200,
            """
            {"orderId":"%s","status":"FAILED","lines":[],
             "shortage":{"sku":"TEA-1","requested":2,"available":1}}
            """
                .formatted(id)));

    JsonNode body = JSON.readTree(get(details(id), Tokens.user(Tokens.newUser())).body());

    assertThat(body.at("/reservation/value/status").asString()).isEqualTo("FAILED");
    assertThat(body.at("/reservation/value/lines").isEmpty()).isTrue();
    assertThat(body.at("/reservation/value/shortage/sku").asString()).isEqualTo("TEA-1");
    assertThat(body.at("/reservation/value/shortage/requested").asInt()).isEqualTo(2);
    assertThat(body.at("/reservation/value/shortage/available").asInt()).isEqualTo(1);
  }

  @Test
  void reportsPartsAServiceLacksOrFailsOnWithoutFailingTheView() throws Exception {
    UUID id = UUID.randomUUID();
    ORDERS.answer("GET", "/api/orders/" + id, Answer.json(200, order(id)));
    ORDERS.answer("GET", "/api/orders/" + id + "/saga", Answer.json(500, "{}"));
    PAYMENTS.answer("GET", "/api/wallet/payments/" + id, Answer.json(404, "{}"));
    INVENTORY.answer("GET", "/api/reservations/" + id, Answer.json(403, "{}"));

    HttpResponse<String> response = get(details(id), Tokens.user(Tokens.newUser()));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.at("/order/orderId").asString()).isEqualTo(id.toString());
    assertThat(body.at("/saga/availability").asString()).isEqualTo("FAILED");
    assertThat(body.at("/saga/reason").asString()).contains("answered 500");
    assertThat(body.at("/payment/availability").asString()).isEqualTo("NOT_FOUND");
    assertThat(body.at("/payment/reason").asString()).contains("no payment for this order yet");
    assertThat(body.at("/payment/value").isMissingNode()).isTrue();
    assertThat(body.at("/reservation/availability").asString()).isEqualTo("FAILED");
    assertThat(body.at("/reservation/reason").asString())
        .isEqualTo("The inventory service answered 403.");
  }

  @Test
  void asksNoOtherServiceWhenTheOrderIsNotTheCallers() throws Exception {
    UUID id = UUID.randomUUID();
    ORDERS.answer(
        "GET",
        "/api/orders/" + id,
        new Answer(404, "application/problem+json", "{\"status\":404}"));

    HttpResponse<String> response = get(details(id), Tokens.admin(Tokens.newUser()));

    assertProblem(response, 404, details(id));
    assertThat(ORDERS.last("/api/orders/" + id + "/saga")).isEmpty();
    assertThat(PAYMENTS.last("/api/wallet/payments/" + id)).isEmpty();
    assertThat(INVENTORY.last("/api/reservations/" + id)).isEmpty();
  }

  @Test
  void refusesAnOrderIdThatIsNotAUuid() throws Exception {
    HttpResponse<String> response =
        get("/api/orders/not-a-uuid/details", Tokens.user(Tokens.newUser()));

    assertProblem(response, 400, "/api/orders/not-a-uuid/details");
  }

  @Test
  void needsAToken() throws Exception {
    UUID id = UUID.randomUUID();

    assertProblem(send(request(details(id))), 401, details(id));
  }

  private static String details(UUID id) {
    return "/api/orders/" + id + "/details";
  }

  // The bodies below are what the services' views (OrderView, SagaView, PaymentView,
  // ReservationView) serialise to.
  private static String order(UUID id) {
    return """
        {"orderId":"%s","status":"COMPLETED","cancellationReason":null,"totalCents":5000,
         "items":[{"sku":"TEA-1","quantity":2,"unitPriceCents":2500}],
         "createdAt":"2026-11-23T10:00:00Z","updatedAt":"2026-11-23T10:00:05Z"}
        """
        .formatted(id);
  }

  private static String saga(UUID id) {
    return """
        {"sagaId":"%s","type":"place-order","definitionVersion":1,"state":"COMPLETED",
         "step":"complete-order","attempt":1,"correlationId":"c-1",
         "createdAt":"2026-11-23T10:00:00Z","updatedAt":"2026-11-23T10:00:05Z","deadline":null,
         "history":[{"fromState":null,"fromStep":null,"toState":"PENDING",
                     "toStep":"charge-payment","cause":"started","causeEventId":null,
                     "at":"2026-11-23T10:00:00Z"}]}
        """
        .formatted(id);
  }

  private static String reserved(UUID id) {
    return """
        {"orderId":"%s","status":"RESERVED","lines":[{"sku":"TEA-1","quantity":2}],
         "shortage":null}
        """
        .formatted(id);
  }

  private static String payment(UUID id) {
    return """
        {"orderId":"%s","userId":"alice","status":"CHARGED","amountCents":5000}
        """
        .formatted(id);
  }
}
