package dev.eventline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.TokenIssuer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, item 1: the gateway lets through only tokens its issuer signed, for this audience, in
 * their validity window; and admin routes only to admins. A refused request never reaches a
 * service.
 */
class JwtIntegrationTest extends GatewayIntegrationTest {

  @Test
  void letsAValidUserTokenThrough() throws Exception {
    assertThat(get("/api/products", Tokens.user(Tokens.newUser())).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesARequestWithoutAToken() throws Exception {
    HttpResponse<String> response = send(request("/api/products"));

    assertUnauthorized(response);
    assertThat(response.body()).contains("A valid bearer token is required.");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void refusesAnExpiredToken() throws Exception {
    assertRefused(Tokens.userAt(Duration.ofHours(-2)));
  }

  @Test
  void refusesATokenThatIsNotYetValid() throws Exception {
    assertRefused(Tokens.userAt(Duration.ofMinutes(5)));
  }

  @Test
  void acceptsATokenWithinTheClockSkew() throws Exception {
    assertThat(get("/api/products", Tokens.userAt(Duration.ofSeconds(10))).statusCode())
        .isEqualTo(200);
  }

  @Test
  void refusesATokenOfAnotherIssuer() throws Exception {
    assertRefused(Tokens.FORGED.signed("mallory", "https://evil.example", "eventline"));
  }

  @Test
  void refusesATokenForAnotherAudience() throws Exception {
    assertRefused(Tokens.FORGED.signed("mallory", TokenIssuer.ISSUER, "another-api"));
  }

  @Test
  void refusesAnUnsignedToken() throws Exception {
    assertRefused(Tokens.FORGED.unsigned("mallory"));
  }

  @Test
  void refusesAnHmacTokenSignedWithThePublicKey() throws Exception {
    assertRefused(Tokens.FORGED.hmacWithPublicKey("mallory"));
  }

  @Test
  void refusesATamperedToken() throws Exception {
    assertRefused(Tokens.FORGED.tampered("alice"));
  }

  @Test
  void forbidsAdminRoutesToAUser() throws Exception {
    String correlationId = "forbidden-" + UUID.randomUUID();
    HttpResponse<String> response =
        send(
            request("/api/admin/sagas", Tokens.user(Tokens.newUser()))
                .header("X-Correlation-ID", correlationId));

    assertProblem(response, 403, "/api/admin/sagas");
    assertThat(ORDERS.withCorrelationId(correlationId)).isEmpty();
  }

  @Test
  void letsAnAdminUseAdminRoutes() throws Exception {
    assertThat(get("/api/admin/sagas", Tokens.admin(Tokens.newUser())).statusCode()).isEqualTo(200);
  }

  @Test
  void leavesHealthAndPrometheusOpen() throws Exception {
    assertThat(send(request("/actuator/health")).statusCode()).isEqualTo(200);
    assertThat(send(request("/actuator/prometheus")).statusCode()).isEqualTo(200);
  }

  private void assertRefused(String token) throws Exception {
    String correlationId = "refused-" + UUID.randomUUID();
    HttpResponse<String> response =
        send(request("/api/products", token).header("X-Correlation-ID", correlationId));

    assertUnauthorized(response);
    assertThat(response.body()).contains("The bearer token is not valid.");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer error=\"invalid_token\"");
    assertThat(INVENTORY.withCorrelationId(correlationId)).isEmpty();
  }

  private static void assertUnauthorized(HttpResponse<String> response) {
    assertProblem(response, 401, "/api/products");
  }
}
