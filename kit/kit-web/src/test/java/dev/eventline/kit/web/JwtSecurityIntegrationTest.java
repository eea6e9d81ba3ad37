package dev.eventline.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Issue 6, points 1 and 6: tokens that try to get in. */
@ExtendWith(OutputCaptureExtension.class)
class JwtSecurityIntegrationTest extends WebIntegrationTest {

  @Test
  void acceptsAValidTokenAndGivesTheControllerItsUserId() throws Exception {
    HttpResponse<String> response = get("/api/me", Tokens.ISSUER.mint("alice", Role.USER));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"userId\":\"alice\"").contains("\"admin\":false");
  }

  @Test
  void refusesARequestWithoutAToken() throws Exception {
    HttpResponse<String> response = send(request("/api/me").GET());

    assertUnauthorized(response);
    assertThat(response.body()).contains("A valid bearer token is required.");
  }

  @Test
  void refusesAnExpiredToken() throws Exception {
    assertUnauthorized(get("/api/me", issuerAt(Duration.ofHours(-2)).mint("alice", Role.USER)));
  }

  @Test
  void refusesATokenThatIsNotYetValid() throws Exception {
    assertUnauthorized(get("/api/me", issuerAt(Duration.ofHours(1)).mint("alice", Role.USER)));
  }

  @Test
  void acceptsATokenWithinTheClockSkew() throws Exception {
    String token = issuerAt(Duration.ofSeconds(10)).mint("alice", Role.USER);

    assertThat(get("/api/me", token).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesATokenOfAnotherIssuer() throws Exception {
    assertUnauthorized(
        get("/api/me", Tokens.FORGED.signed("mallory", "https://evil.example", "eventline")));
  }

  @Test
  void refusesATokenForAnotherAudience() throws Exception {
    assertUnauthorized(
        get("/api/me", Tokens.FORGED.signed("mallory", TokenIssuer.ISSUER, "billing")));
  }

  @Test
  void acceptsATokenSignedByTheIssuersKeyWithTheRightClaims() throws Exception {
    assertThat(
            get("/api/me", Tokens.FORGED.signed("mallory", TokenIssuer.ISSUER, "eventline"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void refusesAnUnsignedTokenWithAlgNone() throws Exception {
    assertUnauthorized(get("/api/admin/ping", Tokens.FORGED.unsigned("mallory")));
  }

  @Test
  void refusesAnHmacTokenSignedWithThePublicKey() throws Exception {
    assertUnauthorized(get("/api/admin/ping", Tokens.FORGED.hmacWithPublicKey("mallory")));
  }

  @Test
  void refusesATamperedToken() throws Exception {
    assertUnauthorized(get("/api/admin/ping", Tokens.FORGED.tampered("alice")));
  }

  @Test
  void refusesGarbage() throws Exception {
    assertUnauthorized(get("/api/me", "not-a-jwt"));
  }

  @Test
  void forbidsAdminRoutesToAUser() throws Exception {
    HttpResponse<String> response = get("/api/admin/ping", Tokens.ISSUER.mint("alice", Role.USER));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=UTF-8");
    assertThat(response.body()).contains("\"status\":403");
  }

  @Test
  void letsAnAdminUseAdminRoutes() throws Exception {
    HttpResponse<String> response = get("/api/admin/ping", Tokens.ISSUER.mint("root", Role.ADMIN));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"userId\":\"root\"");
  }

  @Test
  void leavesTheHealthEndpointOpen() throws Exception {
    assertThat(send(request("/actuator/health").GET()).statusCode()).isEqualTo(200);
  }

  @Test
  void servesPrometheusMetricsWithoutATokenAndNoOtherActuatorEndpoint() throws Exception {
    get("/api/me", Tokens.ISSUER.mint("alice", Role.USER));

    HttpResponse<String> metrics = send(request("/actuator/prometheus").GET());

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("# TYPE http_server_requests_seconds histogram")
        .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/me\"");
    assertThat(send(request("/actuator/env").GET()).statusCode()).isIn(401, 404);
  }

  @Test
  void neverLogsAToken(CapturedOutput output) throws Exception {
    String valid = Tokens.ISSUER.mint("alice", Role.USER);
    String expired = issuerAt(Duration.ofHours(-2)).mint("alice", Role.USER);
    String forged = Tokens.FORGED.hmacWithPublicKey("mallory");
    String tampered = Tokens.FORGED.tampered("alice");

    get("/api/me", valid);
    get("/api/boom", valid);
    get("/api/admin/ping", valid);
    get("/api/me", expired);
    get("/api/me", forged);
    get("/api/me", tampered);

    assertThat(output.getAll()).contains("Unexpected error on /api/boom");
    for (String token : new String[] {valid, expired, forged, tampered}) {
      assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.split("\\.")[2]);
    }
  }

  private static TokenIssuer issuerAt(Duration offset) {
    return Tokens.ISSUER.withClock(Clock.fixed(Instant.now().plus(offset), ZoneOffset.UTC));
  }

  private static void assertUnauthorized(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=UTF-8");
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
    assertThat(response.headers().firstValue(CorrelationIdFilter.HEADER)).isPresent();
    assertThat(response.body()).contains("\"status\":401").contains("\"title\":\"Unauthorized\"");
  }
}
