package dev.eventline.payments.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.kit.test.web.FuzzedAnswers;
import dev.eventline.kit.test.web.FuzzedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Fuzzes {@code POST /api/wallet/deposits} through the running service, over HTTP with a valid
 * token (issue: "never a 5xx"). Whatever the headers and body, the service answers 201 (or 200 for
 * a key used before) or a problem+json 4xx, and never accepts a body with a field it does not take:
 * the user comes from the token, the balance from the wallet. Each request is sent twice, as a
 * client that retries would. The input spells an edit of a valid deposit ({@link FuzzedRequest});
 * each one comes from a new user, so it answers the same whatever ran before it.
 *
 * <p>Every build replays the inputs under {@code DepositFuzzIntegrationTestInputs/
 * neverAnswersAServerError/}, past findings included; with {@code JAZZER_FUZZ=1} Jazzer fuzzes it
 * (see the module README).
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepositFuzzIntegrationTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final byte[] VALID_BODY = "{\"amountCents\":5000}".getBytes(UTF_8);
  private static final Set<String> FIELDS = Set.of("amountCents");
  private static final Set<Integer> ACCEPTED = Set.of(200, 201);

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicInteger users = new AtomicInteger();
  private final OrderSagaStandIn orders;
  private final RunningPaymentService service;
  private final URI deposits;

  DepositFuzzIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.orders = new OrderSagaStandIn(kafka);
    this.service = RunningPaymentService.start(database, kafka, orders, Map.of());
    this.deposits = service.baseUri().resolve("/api/wallet/deposits");
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    orders.close();
  }

  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "\"amountCents\":",
    "\"balanceCents\":",
    "\"userId\":",
    "10000000000",
    "10000000001",
    "9223372036854775808",
    "Idempotency-Key: ",
    "-Idempotency-Key",
    "Content-Type: ",
    "-Content-Type",
    "-Authorization",
    "Accept: ",
    "application/json",
    ";charset=",
    "1e3"
  })
  void neverAnswersAServerError(byte[] input) throws Exception {
    String token = service.tokenFor("fuzz-" + users.incrementAndGet());
    FuzzedRequest fuzzed =
        FuzzedRequest.of(
            Map.of(
                "Authorization", "Bearer " + token,
                "Content-Type", "application/json",
                "Idempotency-Key", "top-up-1"),
            VALID_BODY,
            input);
    HttpRequest request = fuzzed.post(deposits);

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
          fuzzed, answer, ACCEPTED, DepositFuzzIntegrationTest::hasUnknownField);
    }
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Whether the body, as JSON, has a field that {@code POST /api/wallet/deposits} does not take.
   */
  private static boolean hasUnknownField(byte[] body) {
    JsonNode deposit;
    try {
      deposit = JSON.readTree(body);
    } catch (JacksonException notJson) {
      return false;
    }
    return deposit.isObject() && !FIELDS.containsAll(deposit.propertyNames());
  }
}
