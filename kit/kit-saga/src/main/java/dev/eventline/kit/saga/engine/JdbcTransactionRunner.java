package dev.eventline.kit.saga.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/** Transactions on connections of a {@link DataSource}, with plain JDBC. */
public final class JdbcTransactionRunner implements TransactionRunner {
  private final DataSource dataSource;

  public JdbcTransactionRunner(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public <T> T inTransaction(Work<T> work) throws SQLException {
    try (Connection transaction = dataSource.getConnection()) {
      transaction.setAutoCommit(false);
      try {
        T result = work.run(transaction);
        transaction.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          transaction.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    }
  }
}
