package dev.eventline.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.eventline.kit.messaging.MessagingSchema;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.event.KeyValuePair;

@RealInfrastructure
class JdbcAuditLogIntegrationTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00.123456Z");
  private final TestDatabase database;
  private final JdbcAuditLog audit;

  JdbcAuditLogIntegrationTest(TestDatabase database) {
    this.database = database;
    this.audit = new JdbcAuditLog(database.dataSource());
  }

  @BeforeEach
  void schema() throws SQLException {
    try (Connection connection = database.connect()) {
      MessagingSchema.install(connection);
    }
  }

  @Test
  void storesEveryFieldOfARecordAndWritesItsLogLine() throws SQLException {
    try (AuditLines lines = new AuditLines()) {
      audit.record(
          new AuditRecord(
              NOW,
              "root",
              AuditAction.ADMIN_ACTION,
              "POST /api/admin/sagas/7/retry",
              AuditOutcome.SUCCEEDED,
              "HTTP 202",
              Optional.of("corr-stored")));

      assertThat(lines.messages())
          .containsExactly(
              "ADMIN_ACTION SUCCEEDED: root on POST /api/admin/sagas/7/retry: HTTP 202"
                  + " [correlationId corr-stored]");
      ILoggingEvent line = lines.lines().getFirst();
      assertThat(line.getLevel().toString()).isEqualTo("INFO");
      assertThat(keyValues(line))
          .containsEntry("auditAction", "ADMIN_ACTION")
          .containsEntry("auditOutcome", "SUCCEEDED")
          .containsEntry("auditActor", "root")
          .containsEntry("auditTarget", "POST /api/admin/sagas/7/retry")
          .containsEntry("auditReason", "HTTP 202")
          .containsEntry("auditCorrelationId", "corr-stored");
    }

    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT recorded_at, actor, action, target, outcome, reason, correlation_id"
                    + " FROM eventline_audit_log WHERE correlation_id = 'corr-stored'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getTimestamp("recorded_at").toInstant())
          .isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
      assertThat(row.getString("actor")).isEqualTo("root");
      assertThat(row.getString("action")).isEqualTo("ADMIN_ACTION");
      assertThat(row.getString("target")).isEqualTo("POST /api/admin/sagas/7/retry");
      assertThat(row.getString("outcome")).isEqualTo("SUCCEEDED");
      assertThat(row.getString("reason")).isEqualTo("HTTP 202");
      assertThat(row.next()).isFalse();
    }
  }

  @Test
  void writesADenialAsAWarningAndARecordWithoutCorrelationIdAsNull() throws SQLException {
    try (AuditLines lines = new AuditLines()) {
      audit.record(denied("no correlation", Optional.empty()));

      assertThat(lines.lines().getFirst().getLevel().toString()).isEqualTo("WARN");
      assertThat(lines.messages().getFirst()).endsWith("[correlationId none]");
    }
    assertThat(count("correlation_id IS NULL AND reason = 'no correlation'")).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE eventline_audit_log SET outcome = 'ALLOWED'",
        "UPDATE eventline_audit_log SET reason = 'nothing happened' WHERE id = -1",
        "DELETE FROM eventline_audit_log",
        "DELETE FROM eventline_audit_log WHERE id = -1",
        "TRUNCATE eventline_audit_log"
      })
  void refusesToChangeOrRemoveWhatWasRecorded(String change) throws SQLException {
    audit.record(denied("kept", Optional.of("corr-kept")));
    long before = count("true");

    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute(change))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("eventline_audit_log is append-only")
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
    }

    assertThat(count("true")).isEqualTo(before);
    assertThat(count("outcome = 'DENIED' AND reason = 'kept'")).isPositive();
  }

  @Test
  void installingTheSchemaAgainKeepsTheRecordsAndTheGuard() throws SQLException {
    audit.record(denied("before reinstall", Optional.empty()));

    try (Connection connection = database.connect()) {
      MessagingSchema.install(connection);
    }

    assertThat(count("reason = 'before reinstall'")).isEqualTo(1);
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.execute("DELETE FROM eventline_audit_log"))
          .hasMessageContaining("append-only");
    }
  }

  private static AuditRecord denied(String reason, Optional<String> correlationId) {
    return new AuditRecord(
        NOW,
        AuditRecord.ANONYMOUS,
        AuditAction.AUTHENTICATION,
        "GET /api/orders",
        AuditOutcome.DENIED,
        reason,
        correlationId);
  }

  private long count(String condition) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet count =
            statement.executeQuery("SELECT count(*) FROM eventline_audit_log WHERE " + condition)) {
      count.next();
      return count.getLong(1);
    }
  }

  private static Map<String, String> keyValues(ILoggingEvent line) {
    return line.getKeyValuePairs().stream()
        .collect(
            Collectors.toMap(pair -> pair.key, (KeyValuePair pair) -> String.valueOf(pair.value)));
  }
}
