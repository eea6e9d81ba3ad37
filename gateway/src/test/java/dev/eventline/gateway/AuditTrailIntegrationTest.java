package dev.eventline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 6, the audit log: every request the gateway refuses itself (401, 403, 413, 415, 429) is one
 * line on {@code eventline.audit} saying who, what and why, and no token ever reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditTrailIntegrationTest extends GatewayIntegrationTest {

  @Test
  void recordsARequestWithoutATokenAsAnAnonymousDenial(CapturedOutput output) throws Exception {
    String correlationId = newCorrelationId();

    assertThat(send(correlated("/api/products", correlationId)).statusCode()).isEqualTo(401);

    assertThat(auditLines(output, correlationId))
        .containsExactly(
            "AUTHENTICATION DENIED: anonymous on GET /api/products: no bearer token [correlationId "
                + correlationId
                + "]");
  }

  @Test
  void recordsAnExpiredTokenWithTheCheckThatFailed(CapturedOutput output) throws Exception {
    String correlationId = newCorrelationId();

    assertThat(
            send(correlated("/api/products", Tokens.userAt(Duration.ofHours(-2)), correlationId))
                .statusCode())
        .isEqualTo(401);

    assertThat(auditLines(output, correlationId))
        .singleElement()
        .asString()
        .startsWith("AUTHENTICATION DENIED: anonymous on GET /api/products: invalid bearer token: ")
        .contains("expired");
  }

  @Test
  void recordsAUserOnAnAdminRouteAsAnAuthorizationDenialByThatUser(CapturedOutput output)
      throws Exception {
    String correlationId = newCorrelationId();
    String user = Tokens.newUser();

    assertThat(send(correlated("/api/admin/sagas", Tokens.user(user), correlationId)).statusCode())
        .isEqualTo(403);

    assertThat(auditLines(output, correlationId))
        .containsExactly(
            "AUTHORIZATION DENIED: "
                + user
                + " on GET /api/admin/sagas: the caller's roles [user] do not allow this route"
                + " [correlationId "
                + correlationId
                + "]");
  }

  @Test
  void recordsBodiesRefusedForTheirSizeOrTypeWithTheCallerWhenKnown(CapturedOutput output)
      throws Exception {
    String correlationId = newCorrelationId();
    String user = Tokens.newUser();

    assertThat(
            send(correlated("/api/wallet/deposits", correlationId)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("x".repeat(3_000))))
                .statusCode())
        .isEqualTo(413);
    assertThat(
            send(correlated("/api/wallet/deposits", Tokens.user(user), correlationId)
                    .header("Content-Type", "text/plain")
                    .POST(BodyPublishers.ofString("100")))
                .statusCode())
        .isEqualTo(415);

    assertThat(auditLines(output, correlationId))
        .containsExactly(
            "REQUEST_REFUSED DENIED: anonymous on POST /api/wallet/deposits: a declared body of"
                + " 3000 bytes is over the limit of 2048 [correlationId "
                + correlationId
                + "]",
            "REQUEST_REFUSED DENIED: "
                + user
                + " on POST /api/wallet/deposits: a body of content type text/plain is not JSON"
                + " [correlationId "
                + correlationId
                + "]");
  }

  @Test
  void recordsAUserOverTheRateLimitWithItsFieldsAsJsonMembers(CapturedOutput output)
      throws Exception {
    String correlationId = newCorrelationId();
    String user = Tokens.newUser();
    String token = Tokens.user(user);
    Logger audit = (Logger) LoggerFactory.getLogger("eventline.audit");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    audit.addAppender(lines);
    try {
      int status = 200;
      for (int i = 0; i < 15 && status != 429; i++) {
        status = send(correlated("/api/products", token, correlationId)).statusCode();
      }
      assertThat(status).isEqualTo(429);
    } finally {
      audit.detachAppender(lines);
    }

    assertThat(auditLines(output, correlationId))
        .singleElement()
        .asString()
        .startsWith(
            "RATE_LIMIT DENIED: "
                + user
                + " on GET /api/products: no request left in the caller's bucket; retry after");
    ILoggingEvent line =
        lines.list.stream()
            .filter(event -> event.getFormattedMessage().contains(correlationId))
            .findFirst()
            .orElseThrow();
    assertThat(logstash(line))
        .contains("\"level\":\"WARN\"")
        .contains("\"auditAction\":\"RATE_LIMIT\"")
        .contains("\"auditOutcome\":\"DENIED\"")
        .contains("\"auditActor\":\"" + user + "\"")
        .contains("\"auditTarget\":\"GET /api/products\"")
        .contains("\"auditCorrelationId\":\"" + correlationId + "\"");
  }

  @Test
  void neverWritesATokenToTheLog(CapturedOutput output) throws Exception {
    String correlationId = newCorrelationId();
    String valid = Tokens.user(Tokens.newUser());
    String admin = Tokens.admin(Tokens.newUser());
    String expired = Tokens.userAt(Duration.ofHours(-2));
    String forged = Tokens.FORGED.hmacWithPublicKey("mallory");
    String tampered = Tokens.FORGED.tampered("alice");

    send(correlated("/api/products", valid, correlationId));
    send(correlated("/api/admin/sagas", valid, correlationId));
    send(correlated("/api/admin/sagas", admin, correlationId));
    send(correlated("/api/products", expired, correlationId));
    send(correlated("/api/admin/sagas", forged, correlationId));
    send(correlated("/api/products", tampered, correlationId));
    send(
        correlated("/api/wallet/deposits", valid, correlationId)
            .header("Content-Type", "text/plain")
            .POST(BodyPublishers.ofString("100")));

    assertThat(auditLines(output, correlationId)).hasSize(5);
    for (String token : new String[] {valid, admin, expired, forged, tampered}) {
      assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.split("\\.")[2]);
    }
  }

  private static String newCorrelationId() {
    return "audit-" + UUID.randomUUID();
  }

  /** A request carrying {@code correlationId}, by which the test finds its audit lines. */
  private HttpRequest.Builder correlated(String path, String correlationId) {
    return request(path).header("X-Correlation-ID", correlationId);
  }

  private HttpRequest.Builder correlated(String path, String token, String correlationId) {
    return request(path, token).header("X-Correlation-ID", correlationId);
  }

  /** The messages of the audit lines about {@code correlationId}, in the order written. */
  private static List<String> auditLines(CapturedOutput output, String correlationId) {
    String marker = " eventline.audit ";
    return output
        .getAll()
        .lines()
        .filter(line -> line.contains(marker) && line.contains(correlationId))
        .map(line -> line.substring(line.indexOf(": ", line.indexOf(marker)) + 2))
        .toList();
  }

  /** The line as {@code logging.structured.format.console=logstash} writes it. */
  private static String logstash(ILoggingEvent line) {
    StructuredLogEncoder encoder = new StructuredLogEncoder();
    encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
    encoder.setFormat("logstash");
    encoder.start();
    try {
      return new String(encoder.encode(line), StandardCharsets.UTF_8);
    } finally {
      encoder.stop();
    }
  }
}
