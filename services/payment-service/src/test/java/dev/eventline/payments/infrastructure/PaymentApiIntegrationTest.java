package dev.eventline.payments.infrastructure;

import static dev.eventline.payments.api.PaymentMessages.PAYMENT_FAILED;
import static dev.eventline.payments.api.PaymentMessages.PAYMENT_REFUNDED;
import static dev.eventline.payments.api.PaymentMessages.PAYMENT_SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /api/wallet/payments/{orderId}} over HTTP, with real tokens, after the saga's commands
 * went through Kafka: a customer sees the payment of their own order, and only that one; an
 * administrator sees any.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentApiIntegrationTest {
  private static final String PROBLEM = "application/problem+json";

  private final HttpClient http = HttpClient.newHttpClient();
  private final OrderSagaStandIn orders;
  private final RunningPaymentService service;

  PaymentApiIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.orders = new OrderSagaStandIn(kafka);
    this.service = RunningPaymentService.start(database, kafka, orders, Map.of());
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    orders.close();
  }

  @Test
  void theCustomerSeesTheChargeOfTheirOrder() throws Exception {
    String user = depositor(5_000);
    UUID order = charged(user, 1_234);

    HttpResponse<String> payment = get("/api/wallet/payments/" + order, service.tokenFor(user));

    assertThat(payment.statusCode()).as(payment.body()).isEqualTo(200);
    assertThat(payment.body()).isEqualTo(payment(order, user, "CHARGED", 1_234));
  }

  @Test
  void theCustomerSeesARefundAndADecline() throws Exception {
    String user = depositor(1_000);
    UUID refunded = UUID.randomUUID();
    orders.send(orders.charge(refunded, user, 600), orders.refund(refunded, user, 600));
    orders.awaitAnswers(PAYMENT_REFUNDED, refunded, 1);
    UUID declined = UUID.randomUUID();
    orders.send(orders.charge(declined, user, 5_000));
    orders.awaitAnswers(PAYMENT_FAILED, declined, 1);
    String token = service.tokenFor(user);

    assertThat(get("/api/wallet/payments/" + refunded, token).body())
        .isEqualTo(payment(refunded, user, "REFUNDED", 600));
    assertThat(get("/api/wallet/payments/" + declined, token).body())
        .isEqualTo(payment(declined, user, "DECLINED", 5_000));
  }

  @Test
  void thePaymentOfAnotherCustomersOrderIsNotFound() throws Exception {
    String owner = depositor(5_000);
    UUID order = charged(owner, 1_000);

    HttpResponse<String> payment =
        get("/api/wallet/payments/" + order, service.tokenFor(newUser()));

    assertProblem(payment, 404);
    assertThat(payment.body()).doesNotContain(owner);
  }

  @Test
  void anOrderWithoutAPaymentIsNotFoundAndAnIdThatIsNotAUuidIsABadRequest() throws Exception {
    String token = service.tokenFor(newUser());

    assertProblem(get("/api/wallet/payments/" + UUID.randomUUID(), token), 404);
    assertProblem(get("/api/wallet/payments/" + UUID.randomUUID(), asAdmin()), 404);
    assertProblem(get("/api/wallet/payments/order-42", token), 400);
  }

  @Test
  void aPaymentNeedsAToken() throws Exception {
    UUID order = charged(depositor(5_000), 1_000);

    HttpResponse<String> payment =
        send(HttpRequest.newBuilder(uri("/api/wallet/payments/" + order)).GET());

    assertThat(payment.statusCode()).isEqualTo(401);
  }

  @Test
  void anAdministratorSeesThePaymentOfAnyCustomersOrder() throws Exception {
    String user = depositor(5_000);
    UUID order = charged(user, 2_500);

    HttpResponse<String> payment = get("/api/wallet/payments/" + order, asAdmin());

    assertThat(payment.statusCode()).as(payment.body()).isEqualTo(200);
    assertThat(payment.body()).isEqualTo(payment(order, user, "CHARGED", 2_500));
  }

  private UUID charged(String user, long amountCents) throws Exception {
    UUID order = UUID.randomUUID();
    orders.send(orders.charge(order, user, amountCents));
    orders.awaitAnswers(PAYMENT_SUCCEEDED, order, 1);
    return order;
  }

  private String asAdmin() {
    return service.adminTokenFor("operator");
  }

  private HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return service.baseUri().resolve(path);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
    assertThat(response.body()).contains("\"status\":" + status);
  }

  private String depositor(long cents) {
    String user = newUser();
    service.wallets().deposit(user, "first", cents);
    return user;
  }

  private static String payment(UUID order, String user, String status, long amountCents) {
    return "{\"orderId\":\"%s\",\"userId\":\"%s\",\"status\":\"%s\",\"amountCents\":%d}"
        .formatted(order, user, status, amountCents);
  }

  private static String newUser() {
    return "user-" + UUID.randomUUID();
  }
}
