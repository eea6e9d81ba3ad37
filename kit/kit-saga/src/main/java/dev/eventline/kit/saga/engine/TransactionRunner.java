package dev.eventline.kit.saga.engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one database transaction: commits when it returns, rolls back when it throws. The
 * engine's own threads (the deadline scheduler, operator retries) start their transactions here;
 * {@link JdbcTransactionRunner} does it with plain JDBC, and a Spring application passes one that
 * uses its transaction manager, so that local actions see the transaction they expect.
 */
public interface TransactionRunner {
  /** Runs {@code work} in a new transaction and returns what it returned. */
  <T> T inTransaction(Work<T> work) throws SQLException;

  /** Work on the transaction's connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection transaction) throws SQLException;
  }
}
