package dev.eventline.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.TokenIssuer.Role;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CorrelationIdIntegrationTest extends WebIntegrationTest {
  private static final String UUID_FORM =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  @Test
  void echoesTheCallersCorrelationId() throws Exception {
    HttpResponse<String> response =
        send(
            request("/api/me")
                .header("Authorization", "Bearer " + Tokens.ISSUER.mint("alice", Role.USER))
                .header(CorrelationIdFilter.HEADER, "checkout-7.a_b")
                .GET());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(CorrelationIdFilter.HEADER))
        .hasValue("checkout-7.a_b");
  }

  @Test
  void generatesOneWhenTheCallerSendsNone() throws Exception {
    HttpResponse<String> response = send(request("/actuator/health").GET());

    assertThat(response.headers().firstValue(CorrelationIdFilter.HEADER))
        .hasValueSatisfying(id -> assertThat(id).matches(UUID_FORM));
  }

  @Test
  void replacesAMalformedOne() throws Exception {
    HttpResponse<String> response =
        send(request("/actuator/health").header(CorrelationIdFilter.HEADER, "a b<script>").GET());

    assertThat(response.headers().firstValue(CorrelationIdFilter.HEADER))
        .hasValueSatisfying(id -> assertThat(id).matches(UUID_FORM));
  }

  @Test
  void replacesOneThatIsTooLong() throws Exception {
    HttpResponse<String> response =
        send(request("/actuator/health").header(CorrelationIdFilter.HEADER, "a".repeat(65)).GET());

    assertThat(response.headers().firstValue(CorrelationIdFilter.HEADER))
        .hasValueSatisfying(id -> assertThat(id).matches(UUID_FORM));
  }

  @Test
  void echoesItOnAnUnauthorizedResponseAndInItsBody() throws Exception {
    HttpResponse<String> response =
        send(request("/api/me").header(CorrelationIdFilter.HEADER, "req-401").GET());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue(CorrelationIdFilter.HEADER)).hasValue("req-401");
    assertThat(response.body()).contains("\"correlationId\":\"req-401\"");
  }

  @Test
  void echoesItOnAnUnexpectedError() throws Exception {
    HttpResponse<String> response =
        send(
            request("/api/boom")
                .header("Authorization", "Bearer " + Tokens.ISSUER.mint("alice", Role.USER))
                .header(CorrelationIdFilter.HEADER, "req-500")
                .GET());

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue(CorrelationIdFilter.HEADER)).hasValue("req-500");
    assertThat(response.body()).contains("\"correlationId\":\"req-500\"");
  }
}
