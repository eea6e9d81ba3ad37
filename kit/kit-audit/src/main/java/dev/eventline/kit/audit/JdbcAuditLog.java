package dev.eventline.kit.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Writes each record's log line ({@link Slf4jAuditLog}), then inserts it into {@code
 * eventline_audit_log} (created by {@link dev.eventline.kit.messaging.MessagingSchema}) on a
 * connection of its own, committed at once: a record stays even when the work it describes rolls
 * back, and is never undone with it. The table refuses UPDATE, DELETE and TRUNCATE.
 */
public final class JdbcAuditLog implements AuditLog {
  private static final String INSERT =
      "INSERT INTO eventline_audit_log"
          + " (recorded_at, actor, action, target, outcome, reason, correlation_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;
  private final AuditLog lines = new Slf4jAuditLog();

  /**
   * @param dataSource the service's database; each record takes a connection of its own from it,
   *     outside any transaction the caller has open
   */
  public JdbcAuditLog(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public void record(AuditRecord record) {
    lines.record(record);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setObject(1, record.recordedAt().atOffset(ZoneOffset.UTC));
      insert.setString(2, record.actor());
      insert.setString(3, record.action().name());
      insert.setString(4, record.target());
      insert.setString(5, record.outcome().name());
      insert.setString(6, record.reason());
      insert.setString(7, record.correlationId().orElse(null));
      insert.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot store the audit record of "
              + record.action()
              + " "
              + record.outcome()
              + " on "
              + record.target()
              + " (its log line is written)",
          e);
    }
  }
}
