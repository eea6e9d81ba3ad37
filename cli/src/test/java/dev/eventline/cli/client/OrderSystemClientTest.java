package dev.eventline.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import dev.eventline.devstack.TokenIssuer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderSystemClientTest {
  private static final UUID ORDER = UUID.fromString("0190d0c4-7e8e-7000-8000-000000000001");

  @TempDir Path directory;
  private FakeService service;
  private OrderSystemClient client;

  @BeforeEach
  void startTheService() throws Exception {
    service = new FakeService();
    BearerTokens tokens = new BearerTokens(TokenIssuer.loadOrCreate(directory.resolve("keys")));
    client = new OrderSystemClient(service.uri(), service.uri(), service.uri(), tokens, "test");
  }

  @AfterEach
  void stopTheService() {
    service.close();
  }

  @Test
  void placesAnOrderWithItsLinesKeyTokenAndACorrelationIdOfItsOwn() throws Exception {
    service.answer(
        "POST /api/orders",
        202,
        """
        {"orderId":"%s","status":"PENDING","totalCents":2500}"""
            .formatted(ORDER));

    AcceptedOrder accepted =
        client
            .customer("alice")
            .placeOrder(
                List.of(new OrderLine("MUG", 2), new OrderLine("TEA", 1)), Optional.of("k-1"));

    assertThat(accepted).isEqualTo(new AcceptedOrder(ORDER, OrderStatus.PENDING, 2500));
    FakeService.Request request = service.last();
    assertThat(request.body())
        .isEqualTo(
            "{\"items\":[{\"sku\":\"MUG\",\"quantity\":2},{\"sku\":\"TEA\",\"quantity\":1}]}");
    assertThat(request.header("Content-type")).isEqualTo("application/json");
    assertThat(request.header("Idempotency-key")).isEqualTo("k-1");
    assertThat(request.header("X-correlation-id")).isEqualTo("test-1");
    SignedJWT token =
        SignedJWT.parse(request.header("Authorization").substring("Bearer ".length()));
    assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("alice");
    assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("user");
  }

  @Test
  void readsAnOrderWithItsInstantsAndNoReasonIgnoringFieldsItDoesNotKnow() {
    service.answer(
        "GET /api/orders/" + ORDER,
        200,
        """
        {"orderId":"%s","status":"COMPLETED","cancellationReason":null,"totalCents":2500,
         "items":[{"sku":"MUG","quantity":2,"unitPriceCents":1250}],
         "createdAt":"2026-11-02T10:00:00Z","updatedAt":"2026-11-02T10:00:00.250Z","links":{}}"""
            .formatted(ORDER));

    OrderView order = client.customer("alice").order(ORDER);

    assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(order.reason()).isEmpty();
    assertThat(order.items()).containsExactly(new OrderView.Item("MUG", 2, 1250));
    assertThat(order.age()).isEqualTo(Duration.ofMillis(250));
    assertThat(order.quantityOf("MUG")).isEqualTo(2);
  }

  @Test
  void aProblemAnswerBecomesAnExceptionWithItsStatusTitleAndDetail() {
    service.problem(
        "POST /api/orders", 422, "Unknown product", "No product for sale with sku LAMP");

    assertThatThrownBy(
            () ->
                client
                    .customer("bob")
                    .placeOrder(List.of(new OrderLine("LAMP", 1)), Optional.empty()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.title()).isEqualTo("Unknown product");
              assertThat(e.detail()).isEqualTo("No product for sale with sku LAMP");
              assertThat(e.isTransient()).isFalse();
              assertThat(e.getMessage())
                  .isEqualTo(
                      "POST /api/orders answered 422 Unknown product: No product for sale with sku"
                          + " LAMP (correlation id test-1)");
            });
    assertThat(service.last().header("Idempotency-key")).isNull();
  }

  @Test
  void anErrorThatIsNotProblemJsonKeepsTheStartOfItsBody() {
    service.answerText("GET /api/wallet", 503, "<html>" + "x".repeat(500) + "</html>");

    assertThatThrownBy(() -> client.customer("alice").balanceCents())
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.title()).isEqualTo("HTTP 503");
              assertThat(e.detail()).startsWith("<html>xxx").endsWith("...").hasSize(203);
              assertThat(e.isTransient()).isTrue();
            });
  }

  @Test
  void depositsWithTheKeyAndReadsTheBalance() {
    service
        .answer(
            "POST /api/wallet/deposits",
            201,
            """
            {"idempotencyKey":"alice-deposit-1","amountCents":5000,"balanceCents":5000}""")
        .answer("GET /api/wallet", 200, "{\"balanceCents\":5000}");

    DepositReceipt receipt = client.customer("alice").deposit(5000, "alice-deposit-1");

    assertThat(receipt).isEqualTo(new DepositReceipt("alice-deposit-1", 5000, 5000));
    assertThat(service.last().body()).isEqualTo("{\"amountCents\":5000}");
    assertThat(client.customer("alice").balanceCents()).isEqualTo(5000);
  }

  @Test
  void readsEveryPageOfTheOrders() {
    String order =
        """
        {"orderId":"%s","status":"PENDING","totalCents":1,"items":[],
         "createdAt":"2026-11-02T10:00:00Z","updatedAt":"2026-11-02T10:00:00Z"}""";
    String page0 =
        "{\"orders\":["
            + order.formatted(UUID.randomUUID())
            + ","
            + order.formatted(UUID.randomUUID())
            + "],\"page\":0,\"size\":100,\"total\":3}";
    String page1 =
        "{\"orders\":["
            + order.formatted(UUID.randomUUID())
            + "],\"page\":1,\"size\":100,\"total\":3}";
    service
        .answer("GET /api/orders?page=0&size=100", 200, page0)
        .answer("GET /api/orders?page=1&size=100", 200, page1)
        .answer("GET /api/orders?status=PENDING&page=0&size=1", 200, page1);

    assertThat(client.customer("alice").allOrders()).hasSize(3);
    assertThat(client.customer("alice").pendingOrders()).isEqualTo(3);
  }

  @Test
  void adminRoutesCarryAnAdminTokenAndA404IsNoPayment() throws Exception {
    service.answer(
        "GET /api/admin/payments/" + ORDER,
        200,
        """
        {"orderId":"%s","userId":"alice","status":"REFUNDED","amountCents":2500}"""
            .formatted(ORDER));

    assertThat(client.admin().payment(ORDER))
        .contains(new Payment(ORDER, "alice", PaymentStatus.REFUNDED, 2500));
    assertThat(client.admin().payment(UUID.randomUUID())).isEmpty();
    SignedJWT token =
        SignedJWT.parse(service.last().header("Authorization").substring("Bearer ".length()));
    assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(OrderSystemClient.ADMIN_USER);
    assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).contains("admin");
  }

  @Test
  void readsASagaWithItsHistoryWhoseFirstLineComesFromNowhere() {
    service.answer(
        "GET /api/admin/sagas/" + ORDER,
        200,
        """
        {"sagaId":"%s","type":"place-order","definitionVersion":1,"state":"COMPENSATED",
         "step":"charge-payment","attempt":1,"correlationId":"demo-3",
         "createdAt":"2026-11-02T10:00:00Z","updatedAt":"2026-11-02T10:00:01Z","deadline":null,
         "history":[
          {"fromState":null,"fromStep":null,"toState":"RUNNING","toStep":"charge-payment",
           "cause":"started","causeEventId":null,"at":"2026-11-02T10:00:00Z"},
          {"fromState":"RUNNING","fromStep":"charge-payment","toState":"COMPENSATED",
           "toStep":"charge-payment","cause":"reply PaymentFailed failed step charge-payment",
           "causeEventId":"0190d0c4-7e8e-7000-8000-0000000000aa","at":"2026-11-02T10:00:01Z"}]}"""
            .formatted(ORDER));

    Saga saga = client.admin().saga(ORDER).orElseThrow();

    assertThat(saga.state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(saga.nextDeadline()).isEmpty();
    assertThat(saga.history()).hasSize(2);
    assertThat(saga.history().getFirst().from()).isEmpty();
    assertThat(saga.history().getLast().at()).isEqualTo(Instant.parse("2026-11-02T10:00:01Z"));
  }

  @Test
  void listsSagasWithTheQueryAsParameters() {
    service.answer(
        "GET /api/admin/sagas?state=RUNNING&state=COMPENSATION_FAILED&olderThanSeconds=600&limit=5",
        200,
        "{\"sagas\":[]}");

    List<Saga> sagas =
        client
            .admin()
            .sagas(
                SagaQuery.all()
                    .inStates(List.of(SagaState.RUNNING, SagaState.COMPENSATION_FAILED))
                    .olderThan(Duration.ofMinutes(10))
                    .limit(5));

    assertThat(sagas).isEmpty();
  }

  @Test
  void listsAndReplaysDeadLettersByTheirId() {
    service
        .answer(
            "GET /api/admin/dead-letters?topic=payments.completed&limit=10",
            200,
            """
            {"deadLetters":[{"id":"payments.completed.dlq:0:4","topic":"payments.completed.dlq",
              "eventId":"e-1","eventType":"dev.eventline.payments.PaymentSucceeded",
              "reason":"BAD_SIGNATURE","detail":"unsigned","failedAt":"2026-11-02T10:00:00Z",
              "attempts":1}]}""")
        .answer(
            "POST /api/admin/dead-letters/payments.completed.dlq:0:4/replay",
            200,
            """
            {"id":"payments.completed.dlq:0:4",
             "replayedTo":{"topic":"payments.completed","partition":0,"offset":77}}""");

    List<DeadLetterEntry> letters =
        client.admin().deadLetters(Optional.of("payments.completed"), 10);
    ReplayedDeadLetter replayed = client.admin().replayDeadLetter(letters.getFirst().id());

    assertThat(letters)
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.reason()).isEqualTo("BAD_SIGNATURE");
              assertThat(letter.event()).contains("e-1");
            });
    assertThat(replayed.replayedTo())
        .isEqualTo(new ReplayedDeadLetter.Target("payments.completed", 0, 77));
  }

  @Test
  void putsAProductAsAdministrator() {
    service.answer(
        "PUT /api/admin/products/demo-mug",
        200,
        """
        {"sku":"demo-mug","name":"Mug","description":"","priceCents":990,"stock":12,
         "reserved":0,"available":12}""");

    Product product = client.admin().putProduct("demo-mug", new ProductChange("Mug", "", 990, 12));

    assertThat(product.stock()).isEqualTo(12);
    assertThat(service.last().body())
        .isEqualTo("{\"name\":\"Mug\",\"description\":\"\",\"priceCents\":990,\"stock\":12}");
  }
}
