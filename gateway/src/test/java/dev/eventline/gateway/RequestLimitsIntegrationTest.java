package dev.eventline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, item 1: what the gateway refuses before a service sees it: bodies over the limit (2 KB
 * here), bodies that are not JSON, and a user over their rate (10 at once, 1 a second here).
 */
class RequestLimitsIntegrationTest extends GatewayIntegrationTest {
  private static final String SMALL_JSON = "{\"amountCents\":100}";

  @Test
  void refusesADeclaredBodyOverTheLimitBeforeAuthentication() throws Exception {
    HttpResponse<String> response =
        send(
            request("/api/wallet/deposits")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json(3_000))));

    assertProblem(response, 413, "/api/wallet/deposits");
  }

  @Test
  void refusesAChunkedBodyOverTheLimit() throws Exception {
    String correlationId = "chunked-" + UUID.randomUUID();
    HttpResponse<String> response =
        send(
            request("/api/wallet/deposits", Tokens.user(Tokens.newUser()))
                .header("X-Correlation-ID", correlationId)
                .header("Content-Type", "application/json")
                .POST(chunked(json(3_000))));

    assertProblem(response, 413, "/api/wallet/deposits");
    assertThat(PAYMENTS.withCorrelationId(correlationId)).isEmpty();
  }

  @Test
  void passesAChunkedBodyUnderTheLimitOnWithItsLength() throws Exception {
    String correlationId = "chunked-" + UUID.randomUUID();
    String body = json(1_500);
    HttpResponse<String> response =
        send(
            request("/api/wallet/deposits", Tokens.user(Tokens.newUser()))
                .header("X-Correlation-ID", correlationId)
                .header("Content-Type", "application/json")
                .POST(chunked(body)));

    assertThat(response.statusCode()).isEqualTo(200);
    RecordingService.Received received = PAYMENTS.withCorrelationId(correlationId).getFirst();
    assertThat(received.body()).isEqualTo(body);
    assertThat(received.header("Content-Length")).isEqualTo(Integer.toString(body.length()));
    assertThat(received.header("Transfer-Encoding")).isNull();
  }

  @Test
  void refusesABodyThatIsNotJson() throws Exception {
    String correlationId = "text-" + UUID.randomUUID();
    HttpResponse<String> response =
        send(
            request("/api/wallet/deposits", Tokens.user(Tokens.newUser()))
                .header("X-Correlation-ID", correlationId)
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString(SMALL_JSON)));

    assertProblem(response, 415, "/api/wallet/deposits");
    assertThat(PAYMENTS.withCorrelationId(correlationId)).isEmpty();
  }

  @Test
  void refusesABodyWithoutAContentType() throws Exception {
    HttpResponse<String> response =
        send(
            request("/api/admin/products/TEA-1", Tokens.admin(Tokens.newUser()))
                .PUT(BodyPublishers.ofString(SMALL_JSON)));

    assertProblem(response, 415, "/api/admin/products/TEA-1");
  }

  @Test
  void acceptsJsonWithACharset() throws Exception {
    HttpResponse<String> response =
        send(
            request("/api/wallet/deposits", Tokens.user(Tokens.newUser()))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(BodyPublishers.ofString(SMALL_JSON)));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void letsAPostWithoutABodyThroughWithoutAContentType() throws Exception {
    HttpResponse<String> response =
        send(
            request("/api/admin/dead-letters/7/replay", Tokens.admin(Tokens.newUser()))
                .POST(BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void refusesAUserOverTheRateLimitWithRetryAfterWhileOthersGoOn() throws Exception {
    String greedy = Tokens.user(Tokens.newUser());
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> refused = null;
    for (int i = 0; i < 15 && refused == null; i++) {
      HttpResponse<String> response = get("/api/products", greedy);
      statuses.add(response.statusCode());
      if (response.statusCode() == 429) {
        refused = response;
      }
    }

    assertThat(statuses).startsWith(200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
    assertThat(refused).isNotNull();
    assertProblem(refused, 429, "/api/products");
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(get("/api/products", Tokens.user(Tokens.newUser())).statusCode()).isEqualTo(200);
  }

  private static String json(int length) {
    String prefix = "{\"note\":\"";
    return prefix + "x".repeat(length - prefix.length() - 2) + "\"}";
  }

  /** A body sent with {@code Transfer-Encoding: chunked}: its length is not declared. */
  private static BodyPublisher chunked(String body) {
    return BodyPublishers.fromPublisher(BodyPublishers.ofString(body));
  }
}
