package dev.eventline.kit.saga.engine;

import java.sql.Connection;

/**
 * The transaction a local action runs in, for actions that write with plain JDBC:
 *
 * <pre>{@code
 * .step("record-shipment").invokeLocal(order -> {
 *   try (PreparedStatement insert = LocalTransaction.connection().prepareStatement(...)) { ... }
 *   return order;
 * })
 * }</pre>
 *
 * <p>It is the connection the engine was given, inside a savepoint that is rolled back if the
 * action throws. Under Spring the transaction's connection is the same one, so actions may use
 * {@code JdbcTemplate} instead.
 */
public final class LocalTransaction {
  private static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();

  private LocalTransaction() {}

  /**
   * The connection of the transition running the current local action.
   *
   * @throws IllegalStateException outside a local action run by the engine
   */
  public static Connection connection() {
    Connection connection = CURRENT.get();
    if (connection == null) {
      throw new IllegalStateException(
          "no saga transaction on this thread: LocalTransaction.connection() works only inside"
              + " a local action that the saga engine runs");
    }
    return connection;
  }

  /** Makes {@code connection} current; returns the one it replaces, to give to {@link #leave}. */
  static Connection enter(Connection connection) {
    Connection outer = CURRENT.get();
    CURRENT.set(connection);
    return outer;
  }

  static void leave(Connection outer) {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }
}
