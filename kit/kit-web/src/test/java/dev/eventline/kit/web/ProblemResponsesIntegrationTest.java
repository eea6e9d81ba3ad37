package dev.eventline.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.TokenIssuer.Role;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ProblemResponsesIntegrationTest extends WebIntegrationTest {
  private final String token = Tokens.ISSUER.mint("alice", Role.USER);

  @Test
  void acceptsAWellFormedBody() throws Exception {
    HttpResponse<String> response = post("application/json", "{\"amountCents\":500}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"amountCents\":500}");
  }

  @Test
  void refusesABodyWithAnUnknownField() throws Exception {
    assertProblem(post("application/json", "{\"amountCents\":500,\"userId\":\"bob\"}"), 400);
  }

  @Test
  void refusesAnUnreadableBody() throws Exception {
    assertProblem(post("application/json", "{\"amountCents\":"), 400);
  }

  @Test
  void refusesAnInvalidBody() throws Exception {
    assertProblem(post("application/json", "{\"amountCents\":-1}"), 400);
  }

  @Test
  void refusesTheWrongContentType() throws Exception {
    assertProblem(post("text/plain", "amountCents=500"), 415);
  }

  @Test
  void refusesAnOversizedBody() throws Exception {
    String big = "{\"amountCents\":500,\"pad\":\"" + "x".repeat(4096) + "\"}";

    assertProblem(post("application/json", big), 413);
  }

  @Test
  void refusesAnAcceptHeaderThatIsNoListOfMediaTypesWithAProblem() throws Exception {
    for (String accept : new String[] {",null", "x/tte html", "aarset"}) {
      assertProblem(send(auth(request("/api/me")).header("Accept", accept).GET()), 400);
    }
  }

  @Test
  void refusesTheWrongMethod() throws Exception {
    assertProblem(send(auth(request("/api/me")).DELETE()), 405);
  }

  @Test
  void answersAnUnknownPathWithNotFound() throws Exception {
    assertProblem(get("/api/nothing-here", token), 404);
  }

  @Test
  void mapsAProblemExceptionToItsStatusAndTitle() throws Exception {
    HttpResponse<String> response = get("/api/orders/42", token);

    assertProblem(response, 404);
    assertThat(response.body())
        .contains("\"title\":\"Order not found\"")
        .contains("\"detail\":\"No order 42.\"");
  }

  @Test
  void hidesTheCauseOfAnUnexpectedError() throws Exception {
    HttpResponse<String> response = get("/api/boom", token);

    assertProblem(response, 500);
    assertThat(response.body())
        .doesNotContain("hunter2")
        .doesNotContain("IllegalStateException")
        .doesNotContain("at dev.eventline");
  }

  private HttpResponse<String> post(String contentType, String body) throws Exception {
    return send(
        auth(request("/api/deposits"))
            .header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder auth(HttpRequest.Builder request) {
    return request.header("Authorization", "Bearer " + token);
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue(CorrelationIdFilter.HEADER)).isPresent();
    assertThat(response.body()).contains("\"status\":" + status).contains("\"correlationId\":");
  }
}
