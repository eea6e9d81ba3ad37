package dev.eventline.bench.baseline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The server settings a commit's durability rests on, as the server reported them during a
 * measurement. The bench reads them and never changes them: a ceiling measured with {@code fsync}
 * or {@code synchronous_commit} off is not a ceiling of durable commits.
 */
public record Durability(String fsync, String synchronousCommit) {

  /** Whether a commit returned only once its WAL was flushed to this server's disk. */
  public boolean durable() {
    return fsync.equals("on") && !synchronousCommit.equals("off");
  }

  static Durability read(Connection connection) throws SQLException {
    return new Durability(show(connection, "fsync"), show(connection, "synchronous_commit"));
  }

  private static String show(Connection connection, String setting) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet value = statement.executeQuery("SHOW " + setting)) {
      value.next();
      return value.getString(1);
    }
  }
}
