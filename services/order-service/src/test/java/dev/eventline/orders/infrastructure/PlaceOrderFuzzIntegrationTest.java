package dev.eventline.orders.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.api.ProductUpdated;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.kit.test.web.FuzzedAnswers;
import dev.eventline.kit.test.web.FuzzedRequest;
import dev.eventline.orders.Catalogue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes {@code POST /api/orders} through the running service, over HTTP with a valid token (issue:
 * "never a 5xx"). Whatever the headers and body, the service answers 202 or a problem+json 4xx, and
 * never accepts a body with a field it does not take: a client never sets a price, a total, a
 * status or a user. Each request is sent twice, as a client that retries would. The input spells an
 * edit of a valid order ({@link FuzzedRequest}); each one comes from a new user, so it answers the
 * same whatever ran before it.
 *
 * <p>Every build replays the inputs under {@code PlaceOrderFuzzIntegrationTestInputs/
 * neverAnswersAServerError/}, past findings included; with {@code JAZZER_FUZZ=1} Jazzer fuzzes it
 * (see the module README).
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceOrderFuzzIntegrationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final byte[] VALID_BODY =
      "{\"items\":[{\"sku\":\"fuzz-book\",\"quantity\":2}]}".getBytes(UTF_8);
  private static final Set<String> FIELDS = Set.of("items");
  private static final Set<String> LINE_FIELDS = Set.of("sku", "quantity");

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicInteger users = new AtomicInteger();
  private final PlayedParticipants participants;
  private final RunningOrderService service;
  private final URI orders;

  PlaceOrderFuzzIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.participants = new PlayedParticipants(kafka);
    this.service = RunningOrderService.start(database, kafka, participants);
    this.orders = service.baseUri().resolve("/api/orders");
    List<String> skus = List.of("fuzz-book", "fuzz-pen");
    for (String sku : skus) {
      participants.publishAsInventory(
          InventoryMessages.PRODUCT_UPDATED,
          sku,
          new ProductUpdated(sku, sku, "", 500),
          Instant.now());
    }
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> service.bean(Catalogue.class).find(skus).size() == skus.size());
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    participants.close();
  }

  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "\"items\":",
    "\"sku\":",
    "\"quantity\":",
    "\"fuzz-book\"",
    "\"fuzz-pen\"",
    "\"priceCents\":",
    "\"userId\":",
    "\\u0000",
    "Idempotency-Key: ",
    "Content-Type: ",
    "-Content-Type",
    "-Authorization",
    "Accept: ",
    "application/json",
    ";charset=",
    "2147483648",
    "1000",
    "1e3"
  })
  void neverAnswersAServerError(byte[] input) throws Exception {
    String token = service.tokenFor("fuzz-" + users.incrementAndGet());
    FuzzedRequest fuzzed =
        FuzzedRequest.of(
            Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
            VALID_BODY,
            input);
    HttpRequest request = fuzzed.post(orders);

    List<HttpResponse<String>> answers;
    // Jazzer's bug detectors take any connection for a server-side request forgery, and forget
    // what was allowed when fuzzing starts: allow this machine, where the service and its
    // database and broker run, for each input.
    try (SilentCloseable loopbackOnly =
        BugDetectors.allowNetworkConnections((host, port) -> FuzzedAnswers.isLoopback(host))) {
      answers = List.of(send(request), send(request));
    }

    for (HttpResponse<String> answer : answers) {
      FuzzedAnswers.assertAcceptable(
          fuzzed, answer, Set.of(202), PlaceOrderFuzzIntegrationTest::hasUnknownField);
    }
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Whether the body, as JSON, has a field that {@code POST /api/orders} does not take. */
  private static boolean hasUnknownField(byte[] body) {
    JsonNode order;
    try {
      order = JSON.readTree(body);
    } catch (JacksonException notJson) {
      return false;
    }
    if (!order.isObject()) {
      return false;
    }
    if (!FIELDS.containsAll(order.propertyNames())) {
      return true;
    }
    return order
        .path("items")
        .valueStream()
        .anyMatch(line -> line.isObject() && !LINE_FIELDS.containsAll(line.propertyNames()));
  }
}
