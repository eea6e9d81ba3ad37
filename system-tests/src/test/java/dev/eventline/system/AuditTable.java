package dev.eventline.system;

import dev.eventline.devstack.Service;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit log a service keeps in its own database ({@code eventline_audit_log}), read back. */
final class AuditTable {
  private AuditTable() {}

  /** One row: who did what to what, with which outcome and why. */
  record Entry(String actor, String action, String target, String outcome, String reason) {}

  /** The rows {@code service} recorded at or after {@code since}, oldest first. */
  static List<Entry> of(RunningSystem system, Service service, Instant since) throws SQLException {
    List<Entry> entries = new ArrayList<>();
    try (Connection connection = system.stack().postgres().login(service).connect();
        PreparedStatement query =
            connection.prepareStatement(
                "select actor, action, target, outcome, reason from eventline_audit_log"
                    + " where recorded_at >= ? order by id")) {
      // The services' clocks are this machine's; a second of slack for rounding.
      query.setTimestamp(1, Timestamp.from(since.minusSeconds(1)));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new Entry(
                  rows.getString("actor"),
                  rows.getString("action"),
                  rows.getString("target"),
                  rows.getString("outcome"),
                  rows.getString("reason")));
        }
      }
    }
    return entries;
  }
}
