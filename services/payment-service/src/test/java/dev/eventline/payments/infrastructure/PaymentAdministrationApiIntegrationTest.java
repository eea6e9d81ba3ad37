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
 * {@code GET /api/admin/payments/{orderId}} and {@code GET /api/admin/wallets/{userId}} over HTTP,
 * with real tokens, after the saga's commands went through Kafka.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentAdministrationApiIntegrationTest {
  private static final String PROBLEM = "application/problem+json";
  private static final String OPERATOR = "operator";

  private final HttpClient http = HttpClient.newHttpClient();
  private final OrderSagaStandIn orders;
  private final RunningPaymentService service;

  PaymentAdministrationApiIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.orders = new OrderSagaStandIn(kafka);
    this.service = RunningPaymentService.start(database, kafka, orders, Map.of());
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    orders.close();
  }

  @Test
  void aChargedOrderReadsChargedWithItsAmount() throws Exception {
    String user = depositor(5_000);
    UUID order = UUID.randomUUID();
    orders.send(orders.charge(order, user, 1_234));
    orders.awaitAnswers(PAYMENT_SUCCEEDED, order, 1);

    HttpResponse<String> payment = asOperator("/api/admin/payments/" + order);

    assertThat(payment.statusCode()).isEqualTo(200);
    assertThat(payment.body()).isEqualTo(payment(order, user, "CHARGED", 1_234));
  }

  @Test
  void aRefundedOrderReadsRefunded() throws Exception {
    String user = depositor(5_000);
    UUID order = UUID.randomUUID();
    orders.send(orders.charge(order, user, 2_000), orders.refund(order, user, 2_000));
    orders.awaitAnswers(PAYMENT_REFUNDED, order, 1);

    HttpResponse<String> payment = asOperator("/api/admin/payments/" + order);

    assertThat(payment.statusCode()).isEqualTo(200);
    assertThat(payment.body()).isEqualTo(payment(order, user, "REFUNDED", 2_000));
  }

  @Test
  void aDeclinedOrderReadsDeclined() throws Exception {
    String user = depositor(1_000);
    UUID order = UUID.randomUUID();
    orders.send(orders.charge(order, user, 1_500));
    orders.awaitAnswers(PAYMENT_FAILED, order, 1);

    HttpResponse<String> payment = asOperator("/api/admin/payments/" + order);

    assertThat(payment.statusCode()).isEqualTo(200);
    assertThat(payment.body()).isEqualTo(payment(order, user, "DECLINED", 1_500));
  }

  @Test
  void anOrderWithoutAPaymentIsNotFound() throws Exception {
    UUID order = UUID.randomUUID();

    HttpResponse<String> payment = asOperator("/api/admin/payments/" + order);

    assertThat(payment.statusCode()).isEqualTo(404);
    assertThat(payment.headers().firstValue("Content-Type")).hasValueSatisfying(this::isProblem);
    assertThat(payment.body()).contains("\"status\":404").contains(order.toString());
  }

  @Test
  void anOrderIdThatIsNotAUuidIsABadRequest() throws Exception {
    HttpResponse<String> payment = asOperator("/api/admin/payments/order-42");

    assertThat(payment.statusCode()).isEqualTo(400);
    assertThat(payment.headers().firstValue("Content-Type")).hasValueSatisfying(this::isProblem);
    assertThat(payment.body()).contains("\"status\":400");
  }

  @Test
  void theWalletViewSumsTheDepositsBesideTheBalance() throws Exception {
    String user = depositor(5_000);
    service.wallets().deposit(user, "second", 2_500);
    service.wallets().deposit(user, "second", 2_500);
    UUID order = UUID.randomUUID();
    orders.send(orders.charge(order, user, 2_000));
    orders.awaitAnswers(PAYMENT_SUCCEEDED, order, 1);

    HttpResponse<String> wallet = asOperator("/api/admin/wallets/" + user);

    assertThat(wallet.statusCode()).isEqualTo(200);
    assertThat(wallet.body())
        .isEqualTo("{\"userId\":\"" + user + "\",\"balanceCents\":5500,\"depositedCents\":7500}");
  }

  @Test
  void theWalletOfAUserWhoNeverDepositedIsEmpty() throws Exception {
    String user = newUser();

    HttpResponse<String> wallet = asOperator("/api/admin/wallets/" + user);

    assertThat(wallet.statusCode()).isEqualTo(200);
    assertThat(wallet.body())
        .isEqualTo("{\"userId\":\"" + user + "\",\"balanceCents\":0,\"depositedCents\":0}");
  }

  @Test
  void aBlankUserIdIsABadRequest() throws Exception {
    HttpResponse<String> wallet = asOperator("/api/admin/wallets/%20");

    assertThat(wallet.statusCode()).isEqualTo(400);
    assertThat(wallet.headers().firstValue("Content-Type")).hasValueSatisfying(this::isProblem);
  }

  @Test
  void aCustomerIsForbidden() throws Exception {
    String user = depositor(5_000);
    String token = service.tokenFor(user);

    HttpResponse<String> payment = get("/api/admin/payments/" + UUID.randomUUID(), token);
    HttpResponse<String> wallet = get("/api/admin/wallets/" + user, token);

    assertThat(payment.statusCode()).isEqualTo(403);
    assertThat(wallet.statusCode()).isEqualTo(403);
  }

  @Test
  void theAdminRoutesNeedAToken() throws Exception {
    HttpResponse<String> payment =
        send(HttpRequest.newBuilder(uri("/api/admin/payments/" + UUID.randomUUID())).GET());
    HttpResponse<String> wallet =
        send(HttpRequest.newBuilder(uri("/api/admin/wallets/" + newUser())).GET());

    assertThat(payment.statusCode()).isEqualTo(401);
    assertThat(wallet.statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> asOperator(String path) throws IOException, InterruptedException {
    return get(path, service.adminTokenFor(OPERATOR));
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

  private void isProblem(String contentType) {
    assertThat(contentType).startsWith(PROBLEM);
  }

  private String depositor(long cents) {
    String user = newUser();
    service.wallets().deposit(user, "first", cents);
    return user;
  }

  private static String payment(UUID order, String user, String status, long amountCents) {
    return "{\"orderId\":\""
        + order
        + "\",\"userId\":\""
        + user
        + "\",\"status\":\""
        + status
        + "\",\"amountCents\":"
        + amountCents
        + "}";
  }

  private static String newUser() {
    return "user-" + UUID.randomUUID();
  }
}
