package dev.eventline.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.TokenIssuer;
import dev.eventline.devstack.TokenIssuer.Role;
import dev.eventline.kit.audit.AuditLog;
import dev.eventline.kit.audit.JdbcAuditLog;
import dev.eventline.kit.messaging.MessagingSchema;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.web.sample.SampleApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 6, the audit log: every 401, 403, 413 and admin action of a service is a record in its
 * append-only {@code eventline_audit_log} and a line on {@code eventline.audit}, saying who, what
 * and how it ended; and no token ever reaches either.
 */
@RealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class AuditLogIntegrationTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static TestDatabase database;
  private static ConfigurableApplicationContext service;

  @BeforeAll
  static void startTheService(TestDatabase testDatabase) throws SQLException {
    database = testDatabase;
    try (Connection connection = database.connect()) {
      MessagingSchema.install(connection);
    }
    AuditLog auditLog = new JdbcAuditLog(database.dataSource());
    service =
        new SpringApplicationBuilder(SampleApplication.class)
            .initializers(
                context -> context.getBeanFactory().registerSingleton("auditLog", auditLog))
            .properties(
                "server.port=0",
                "eventline.web.max-body-size=2KB",
                "eventline.web.jwt.public-key-location=file:"
                    + Tokens.ISSUER.publicKeyFile().toAbsolutePath(),
                "logging.level.org.springframework.security=DEBUG",
                "logging.level.dev.eventline=DEBUG",
                "logging.level.eventline.audit=INFO")
            .run();
  }

  @AfterAll
  static void stopTheService() {
    service.close();
  }

  @Test
  void recordsARequestWithoutATokenAsAnAnonymousDenial() throws Exception {
    String correlationId = newCorrelationId();

    assertThat(send(request("/api/me", correlationId).GET()).statusCode()).isEqualTo(401);

    assertThat(recordsOf(correlationId))
        .containsExactly("anonymous AUTHENTICATION GET /api/me DENIED no bearer token");
  }

  @Test
  void keepsTheQueryStringOutOfTheRecord() throws Exception {
    String correlationId = newCorrelationId();
    String token = Tokens.ISSUER.mint("alice", Role.USER);

    assertThat(send(request("/api/me?access_token=" + token, correlationId).GET()).statusCode())
        .isEqualTo(401);

    assertThat(recordsOf(correlationId))
        .containsExactly("anonymous AUTHENTICATION GET /api/me DENIED no bearer token");
  }

  @Test
  void recordsAnExpiredTokenWithTheFailedCheckAndNotTheToken() throws Exception {
    String correlationId = newCorrelationId();
    String expired = issuerAt(Duration.ofHours(-2)).mint("alice", Role.USER);

    assertThat(get("/api/me", expired, correlationId).statusCode()).isEqualTo(401);

    assertThat(recordsOf(correlationId))
        .singleElement()
        .asString()
        .startsWith("anonymous AUTHENTICATION GET /api/me DENIED invalid bearer token: ")
        .contains("expired");
  }

  @Test
  void recordsATamperedTokenAsAnAnonymousDenialNotAsTheUserItClaims() throws Exception {
    String correlationId = newCorrelationId();

    assertThat(get("/api/admin/ping", Tokens.FORGED.tampered("alice"), correlationId).statusCode())
        .isEqualTo(401);

    assertThat(recordsOf(correlationId))
        .singleElement()
        .asString()
        .startsWith("anonymous AUTHENTICATION GET /api/admin/ping DENIED invalid bearer token: ");
  }

  @Test
  void recordsAUserOnAnAdminRouteAsAnAuthorizationDenialByThatUser() throws Exception {
    String correlationId = newCorrelationId();
    String user = Tokens.ISSUER.mint("alice", Role.USER);

    assertThat(get("/api/admin/ping", user, correlationId).statusCode()).isEqualTo(403);

    assertThat(recordsOf(correlationId))
        .containsExactly(
            "alice AUTHORIZATION GET /api/admin/ping DENIED the caller's roles [user] do not"
                + " allow this route");
  }

  @Test
  void recordsEveryAdminActionWithWhoWhatAndHowItEnded() throws Exception {
    String correlationId = newCorrelationId();
    String admin = Tokens.ISSUER.mint("root", Role.ADMIN);

    assertThat(
            send(request("/api/admin/dead-letters/orders.created.dlq:2:17/replay", correlationId)
                    .header("Authorization", "Bearer " + admin)
                    .POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode())
        .isEqualTo(202);
    assertThat(
            send(request("/api/admin/dead-letters/nothing/replay", correlationId)
                    .header("Authorization", "Bearer " + admin)
                    .POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode())
        .isEqualTo(404);
    assertThat(get("/api/admin/ping", admin, correlationId).statusCode()).isEqualTo(200);

    assertThat(recordsOf(correlationId))
        .containsExactly(
            "root ADMIN_ACTION POST /api/admin/dead-letters/orders.created.dlq:2:17/replay"
                + " SUCCEEDED answered 202 Accepted",
            "root ADMIN_ACTION POST /api/admin/dead-letters/nothing/replay FAILED answered 404"
                + " Not Found",
            "root ADMIN_ACTION GET /api/admin/ping SUCCEEDED answered 200 OK");
  }

  @Test
  void leavesOrdinaryRequestsOfAUserOutOfTheAuditLog() throws Exception {
    String correlationId = newCorrelationId();

    assertThat(get("/api/me", Tokens.ISSUER.mint("alice", Role.USER), correlationId).statusCode())
        .isEqualTo(200);

    assertThat(recordsOf(correlationId)).isEmpty();
  }

  @Test
  void recordsABodyOverTheLimitAsARefusedRequest() throws Exception {
    String correlationId = newCorrelationId();

    assertThat(
            send(request("/api/deposits", correlationId)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("x".repeat(3_000))))
                .statusCode())
        .isEqualTo(413);

    assertThat(recordsOf(correlationId))
        .containsExactly(
            "anonymous REQUEST_REFUSED POST /api/deposits DENIED a declared body of 3000 bytes is"
                + " over the limit of 2048");
  }

  @Test
  void neitherTheLogNorTheAuditTableEverHoldsAToken(CapturedOutput output) throws Exception {
    String correlationId = newCorrelationId();
    String valid = Tokens.ISSUER.mint("alice", Role.USER);
    String admin = Tokens.ISSUER.mint("root", Role.ADMIN);
    String expired = issuerAt(Duration.ofHours(-2)).mint("alice", Role.USER);
    String forged = Tokens.FORGED.hmacWithPublicKey("mallory");
    String tampered = Tokens.FORGED.tampered("alice");

    get("/api/me", valid, correlationId);
    get("/api/admin/ping", valid, correlationId);
    get("/api/admin/ping", admin, correlationId);
    get("/api/me", expired, correlationId);
    get("/api/admin/ping", forged, correlationId);
    get("/api/me", tampered, correlationId);
    get("/api/me", "not-a-jwt", correlationId);

    assertThat(recordsOf(correlationId)).hasSize(6);
    assertThat(output.getAll())
        .contains("AUTHENTICATION DENIED: anonymous on GET /api/me")
        .contains("AUTHORIZATION DENIED: alice on GET /api/admin/ping")
        .contains("ADMIN_ACTION SUCCEEDED: root on GET /api/admin/ping");
    String table = everythingInTheAuditTable();
    for (String token : new String[] {valid, admin, expired, forged, tampered}) {
      String signature = token.split("\\.")[2];
      assertThat(output.getAll()).doesNotContain(token).doesNotContain(signature);
      assertThat(table).doesNotContain(token).doesNotContain(signature);
    }
  }

  private static TokenIssuer issuerAt(Duration offset) {
    return Tokens.ISSUER.withClock(Clock.fixed(Instant.now().plus(offset), ZoneOffset.UTC));
  }

  private static String newCorrelationId() {
    return "audit-" + UUID.randomUUID();
  }

  private static HttpRequest.Builder request(String path, String correlationId) {
    String port = service.getEnvironment().getRequiredProperty("local.server.port");
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header(CorrelationIdFilter.HEADER, correlationId);
  }

  private static HttpResponse<String> get(String path, String token, String correlationId)
      throws IOException, InterruptedException {
    return send(request(path, correlationId).header("Authorization", "Bearer " + token).GET());
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The records of a correlation id, oldest first: actor, action, target, outcome and reason. */
  private static List<String> recordsOf(String correlationId) throws SQLException {
    try (Connection connection = database.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT concat_ws(' ', actor, action, target, outcome, reason)"
                    + " FROM eventline_audit_log WHERE correlation_id = ? ORDER BY id")) {
      query.setString(1, correlationId);
      List<String> records = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          records.add(rows.getString(1));
        }
      }
      return records;
    }
  }

  private static String everythingInTheAuditTable() throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT string_agg(t::text, '\n') FROM eventline_audit_log t")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
