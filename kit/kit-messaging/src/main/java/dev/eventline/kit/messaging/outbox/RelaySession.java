package dev.eventline.kit.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A relay's own database session and the outbox partitions it holds on it: one PostgreSQL advisory
 * lock per partition, which the server frees when the session ends, so a relay that dies or loses
 * its connection leaves its partitions to another. Not thread-safe: the relay guards it.
 */
final class RelaySession {
  private static final Logger log = LoggerFactory.getLogger(RelaySession.class);

  /** The first key of the relay's advisory locks; the second is the partition. */
  private static final int LOCK_SPACE = 0x0E7E_0B0C;

  /** CASE, unlike AND, fixes the order: a partition already held is never locked again. */
  private static final String CLAIM_PARTITIONS =
      "SELECT p FROM generate_series(0, ?) AS p"
          + " WHERE CASE WHEN p = ANY (?) THEN false ELSE pg_try_advisory_lock(?, p) END";

  private final DataSource dataSource;
  private final int partitions;
  private final Set<Integer> held = new HashSet<>();
  private Connection connection;

  RelaySession(DataSource dataSource, OutboxPartitions partitions) {
    this.dataSource = dataSource;
    this.partitions = partitions.count();
  }

  /** The session's connection, opened anew (holding nothing) if it was closed or lost. */
  Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      held.clear();
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
    }
    return connection;
  }

  /** Tries, in one round trip, every partition not held yet; returns those now held. */
  Set<Integer> claimFree() throws SQLException {
    if (held.size() == partitions) {
      return held;
    }
    Connection own = connection();
    try (PreparedStatement claim = own.prepareStatement(CLAIM_PARTITIONS)) {
      claim.setInt(1, partitions - 1);
      claim.setArray(2, own.createArrayOf("integer", held.toArray()));
      claim.setInt(3, LOCK_SPACE);
      try (ResultSet claimed = claim.executeQuery()) {
        while (claimed.next()) {
          held.add(claimed.getInt(1));
        }
      }
    }
    return held;
  }

  Set<Integer> held() {
    return Set.copyOf(held);
  }

  /** Frees every partition now and closes the connection. */
  void end() {
    held.clear();
    if (connection == null) {
      return;
    }
    try (Statement unlock = connection.createStatement()) {
      // Closing alone frees the locks only once the server notices; this frees them now.
      unlock.execute("SELECT pg_advisory_unlock_all()");
    } catch (SQLException e) {
      log.debug("the relay's connection is already broken; closing frees its locks", e);
    }
    try {
      connection.close(); // ends the session, and with it every advisory lock it held
    } catch (SQLException e) {
      log.debug("closing the relay's connection failed", e);
    }
    connection = null;
  }
}
