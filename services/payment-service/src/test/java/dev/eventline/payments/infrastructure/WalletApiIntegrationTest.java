package dev.eventline.payments.infrastructure;

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

/** {@code GET /api/wallet} and {@code POST /api/wallet/deposits} over HTTP, with real tokens. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletApiIntegrationTest {
  private static final String PROBLEM = "application/problem+json";

  private final HttpClient http = HttpClient.newHttpClient();
  private final OrderSagaStandIn orders;
  private final RunningPaymentService service;

  WalletApiIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.orders = new OrderSagaStandIn(kafka);
    this.service = RunningPaymentService.start(database, kafka, orders, Map.of());
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    orders.close();
  }

  @Test
  void aDepositIsAddedToTheCallersBalance() throws Exception {
    String user = newUser();

    HttpResponse<String> deposit = deposit(user, "top-up-1", "{\"amountCents\":5000}");

    assertThat(deposit.statusCode()).isEqualTo(201);
    assertThat(deposit.body())
        .contains("\"idempotencyKey\":\"top-up-1\"")
        .contains("\"amountCents\":5000")
        .contains("\"balanceCents\":5000");
    HttpResponse<String> wallet = wallet(user);
    assertThat(wallet.statusCode()).isEqualTo(200);
    assertThat(wallet.body()).isEqualTo("{\"balanceCents\":5000}");
  }

  @Test
  void theSameIdempotencyKeyTwiceAddsTheMoneyOnce() throws Exception {
    String user = newUser();

    deposit(user, "top-up-1", "{\"amountCents\":5000}");
    HttpResponse<String> again = deposit(user, "top-up-1", "{\"amountCents\":5000}");

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"balanceCents\":5000");
    assertThat(wallet(user).body()).isEqualTo("{\"balanceCents\":5000}");
  }

  @Test
  void theSameIdempotencyKeyForAnotherAmountIsRefused() throws Exception {
    String user = newUser();
    deposit(user, "top-up-1", "{\"amountCents\":5000}");

    HttpResponse<String> conflict = deposit(user, "top-up-1", "{\"amountCents\":7000}");

    assertThat(conflict.statusCode()).isEqualTo(422);
    assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(this::isProblem);
    assertThat(conflict.body()).contains("\"status\":422");
    assertThat(wallet(user).body()).isEqualTo("{\"balanceCents\":5000}");
  }

  @Test
  void aDepositWithoutAnIdempotencyKeyIsABadRequest() throws Exception {
    String user = newUser();

    HttpResponse<String> missing = send(post(user, "{\"amountCents\":5000}"));
    HttpResponse<String> blank = deposit(user, " ", "{\"amountCents\":5000}");
    HttpResponse<String> tooLong = deposit(user, "k".repeat(201), "{\"amountCents\":5000}");

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(this::isProblem);
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(wallet(user).body()).isEqualTo("{\"balanceCents\":0}");
  }

  @Test
  void aBodyWithAnUnknownFieldOrABadAmountIsABadRequest() throws Exception {
    String user = newUser();

    HttpResponse<String> unknown =
        deposit(user, "top-up-1", "{\"amountCents\":5000,\"userId\":\"someone-else\"}");
    HttpResponse<String> zero = deposit(user, "top-up-2", "{\"amountCents\":0}");
    HttpResponse<String> tooMuch = deposit(user, "top-up-3", "{\"amountCents\":10000000001}");
    HttpResponse<String> none = deposit(user, "top-up-4", "{}");

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(this::isProblem);
    assertThat(zero.statusCode()).isEqualTo(400);
    assertThat(tooMuch.statusCode()).isEqualTo(400);
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(wallet(user).body()).isEqualTo("{\"balanceCents\":0}");
  }

  @Test
  void theWalletNeedsAToken() throws Exception {
    HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/api/wallet")).GET());
    HttpResponse<String> write =
        send(
            HttpRequest.newBuilder(uri("/api/wallet/deposits"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "top-up-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amountCents\":5000}")));

    assertThat(read.statusCode()).isEqualTo(401);
    assertThat(write.statusCode()).isEqualTo(401);
  }

  @Test
  void anotherUsersWalletIsSeparate() throws Exception {
    String alice = newUser();
    String bob = newUser();

    deposit(alice, "top-up-1", "{\"amountCents\":5000}");
    HttpResponse<String> bobs = deposit(bob, "top-up-1", "{\"amountCents\":7000}");

    assertThat(bobs.statusCode()).isEqualTo(201);
    assertThat(wallet(alice).body()).isEqualTo("{\"balanceCents\":5000}");
    assertThat(wallet(bob).body()).isEqualTo("{\"balanceCents\":7000}");
  }

  private HttpResponse<String> wallet(String user) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri("/api/wallet"))
            .header("Authorization", "Bearer " + service.tokenFor(user))
            .GET());
  }

  private HttpResponse<String> deposit(String user, String key, String body)
      throws IOException, InterruptedException {
    return send(post(user, body).header("Idempotency-Key", key));
  }

  private HttpRequest.Builder post(String user, String body) {
    return HttpRequest.newBuilder(uri("/api/wallet/deposits"))
        .header("Authorization", "Bearer " + service.tokenFor(user))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
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

  private static String newUser() {
    return "user-" + UUID.randomUUID();
  }
}
