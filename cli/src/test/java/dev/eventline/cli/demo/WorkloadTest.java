package dev.eventline.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.cli.client.BearerTokens;
import dev.eventline.cli.client.FakeService;
import dev.eventline.cli.client.OrderLine;
import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.devstack.TokenIssuer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadTest {
  private static final String ACCEPTED =
      """
      {"orderId":"%s","status":"PENDING","totalCents":1000}"""
          .formatted(UUID.fromString("0190d0c4-7e8e-7000-8000-000000000001"));
  private static final List<PlannedOrder> ORDERS =
      List.of(
          new PlannedOrder(1, "alice", List.of(new OrderLine("MUG", 1)), 1000, OrderKind.PLENTIFUL),
          new PlannedOrder(2, "bob", List.of(new OrderLine("MUG", 1)), 1000, OrderKind.PLENTIFUL));

  @TempDir Path directory;
  private FakeService service;
  private OrderSystemClient client;
  private final StringWriter progress = new StringWriter();

  @BeforeEach
  void startTheService() throws Exception {
    service = new FakeService();
    client =
        new OrderSystemClient(
            service.uri(),
            service.uri(),
            service.uri(),
            new BearerTokens(TokenIssuer.loadOrCreate(directory.resolve("keys"))),
            "test");
  }

  @AfterEach
  void stopTheService() {
    service.close();
  }

  @Test
  void triesAgainWhileTheOrderServiceDoesNotKnowTheSkuYetWithTheSameKey() throws Exception {
    service.problem("POST /api/orders", 422, "Unknown product", "No product for sale with sku MUG");
    Thread learns =
        Thread.ofVirtual()
            .start(
                () -> {
                  Workload.pause(Duration.ofMillis(600));
                  service.answer("POST /api/orders", 202, ACCEPTED);
                });

    Placement placement = workload().place(ORDERS, Instant.now());
    learns.join();

    assertThat(placement.refused()).isEmpty();
    assertThat(placement.placed()).hasSize(2);
    assertThat(service.requests().size()).isGreaterThan(2);
    assertThat(service.requests())
        .filteredOn(request -> "alice".equals(subjectKey(request)))
        .extracting(request -> request.header("Idempotency-key"))
        .containsOnly("alice-order-1");
    assertThat(progress.toString()).endsWith("Placing: 2/2 (100%)" + System.lineSeparator());
  }

  @Test
  void givesUpOnAnUnknownSkuOnceTheCatalogueHadItsMinute() {
    service.problem("POST /api/orders", 422, "Unknown product", "No product for sale with sku MUG");

    Placement placement =
        workload().place(ORDERS, Instant.now().minus(Workload.CATALOGUE_LIMIT).minusSeconds(1));

    assertThat(placement.placed()).isEmpty();
    assertThat(placement.refused())
        .hasSize(2)
        .first()
        .asString()
        .contains("order 1 of alice: POST /api/orders answered 422 Unknown product");
    assertThat(service.requests()).hasSize(2);
  }

  @Test
  void triesATransientFailureThreeTimesThenReportsIt() {
    service.problem("POST /api/orders", 503, "Service Unavailable", "starting");

    Placement placement = workload().place(ORDERS.subList(0, 1), Instant.now());

    assertThat(placement.refused()).singleElement().asString().contains("503");
    assertThat(service.requests()).hasSize(3);
  }

  private Workload workload() {
    return new Workload(
        client, 1, new ProgressBar(new PrintWriter(progress, true), false, "Placing", 2));
  }

  private static String subjectKey(FakeService.Request request) {
    String key = request.header("Idempotency-key");
    return key == null ? null : key.substring(0, key.indexOf('-'));
  }
}
