package dev.eventline.bench.baseline;

import dev.eventline.kit.messaging.outbox.OutboxHeaders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The outbox table of the {@link NaiveRelay}, as many tutorials show it: every record ever written,
 * with a {@code processed} flag the relay sets once the broker acknowledged it. Rows are never
 * deleted and no index serves the unprocessed ones. Headers are stored so that its records carry
 * the same bytes as the kit's.
 */
public final class NaiveOutbox {
  /** The table's name, in the schema the connection's search path starts with. */
  public static final String TABLE = "naive_outbox";

  private static final String INSERT =
      "INSERT INTO " + TABLE + " (topic, record_key, headers, payload) VALUES (?, ?, ?, ?)";

  private NaiveOutbox() {}

  /** Creates the table. */
  public static void install(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS "
              + TABLE
              + " (id bigserial PRIMARY KEY, topic text NOT NULL, record_key text NOT NULL,"
              + " headers bytea NOT NULL, payload bytea NOT NULL,"
              + " processed boolean NOT NULL DEFAULT false,"
              + " created_at timestamptz NOT NULL DEFAULT now())");
    }
  }

  /** Writes {@code record} in the caller's transaction; the relay sends it after the commit. */
  public static void append(Connection transaction, ProducerRecord<String, byte[]> record)
      throws SQLException {
    try (PreparedStatement insert = transaction.prepareStatement(INSERT)) {
      insert.setString(1, record.topic());
      insert.setString(2, record.key());
      insert.setBytes(3, OutboxHeaders.write(record.headers()));
      insert.setBytes(4, record.value());
      insert.executeUpdate();
    }
  }

  /** How many rows wait to be sent. */
  public static long pending(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count =
            statement.executeQuery("SELECT count(*) FROM " + TABLE + " WHERE NOT processed")) {
      count.next();
      return count.getLong(1);
    }
  }
}
