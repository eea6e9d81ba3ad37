package dev.eventline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 6, item 1: every request has a correlation id, the services get it, callers see it. */
class CorrelationIdIntegrationTest extends GatewayIntegrationTest {

  @Test
  void keepsAWellFormedIdAndPassesItToTheService() throws Exception {
    String id = "client-" + UUID.randomUUID().toString().substring(0, 8) + "_v1.2";

    HttpResponse<String> response =
        send(
            request("/api/products", Tokens.user(Tokens.newUser())).header("X-Correlation-ID", id));

    assertThat(response.headers().allValues("X-Correlation-ID")).containsExactly(id);
    assertThat(INVENTORY.withCorrelationId(id)).hasSize(1);
  }

  @Test
  void makesANewIdWhenTheCallerSendsNoneAndGivesTheServiceTheSameOne() throws Exception {
    HttpResponse<String> response = get("/api/wallet", Tokens.user(Tokens.newUser()));

    String id = response.headers().firstValue("X-Correlation-ID").orElseThrow();
    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(PAYMENTS.withCorrelationId(id)).hasSize(1);
  }

  @Test
  void replacesAMalformedIdInsteadOfPassingItOn() throws Exception {
    for (String malformed : new String[] {"a".repeat(65), "bad id", "x;rm -rf", "\u00e9t\u00e9"}) {
      HttpResponse<String> response =
          send(
              request("/api/products", Tokens.user(Tokens.newUser()))
                  .header("X-Correlation-ID", malformed));

      String id = response.headers().firstValue("X-Correlation-ID").orElseThrow();
      assertThat(id).isNotEqualTo(malformed);
      assertThat(UUID.fromString(id)).isNotNull();
      assertThat(INVENTORY.withCorrelationId(id)).hasSize(1);
      assertThat(INVENTORY.withCorrelationId(malformed)).isEmpty();
    }
  }

  @Test
  void echoesTheIdOnTheGatewaysOwnErrors() throws Exception {
    String user = Tokens.user(Tokens.newUser());
    HttpResponse<String> unauthorized =
        send(request("/api/products").header("X-Correlation-ID", "on-401"));
    HttpResponse<String> tooLarge =
        send(
            request("/api/orders", user)
                .header("X-Correlation-ID", "on-413")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("x".repeat(3000))));
    HttpResponse<String> unsupported =
        send(
            request("/api/orders", user)
                .header("X-Correlation-ID", "on-415")
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("hello")));

    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertThat(unauthorized.headers().firstValue("X-Correlation-ID")).hasValue("on-401");
    assertThat(unauthorized.body()).contains("\"correlationId\":\"on-401\"");
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.headers().firstValue("X-Correlation-ID")).hasValue("on-413");
    assertThat(unsupported.statusCode()).isEqualTo(415);
    assertThat(unsupported.headers().firstValue("X-Correlation-ID")).hasValue("on-415");
  }
}
