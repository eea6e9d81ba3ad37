package dev.eventline.kit.spring.saga;

import dev.eventline.kit.saga.engine.TransactionRunner;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's own transactions (deadlines, operator retries) under Spring's transaction manager,
 * so that local actions using a {@code JdbcClient} or {@code JdbcTemplate} join them.
 */
final class SpringTransactionRunner implements TransactionRunner {
  private final TransactionTemplate transactions;
  private final DataSource dataSource;

  SpringTransactionRunner(TransactionTemplate transactions, DataSource dataSource) {
    this.transactions = transactions;
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Work<T> work) throws SQLException {
    try {
      return transactions.execute(
          status -> {
            try {
              return work.run(DataSourceUtils.getConnection(dataSource));
            } catch (SQLException e) {
              throw new WrappedSql(e);
            }
          });
    } catch (WrappedSql wrapped) {
      throw wrapped.cause;
    }
  }

  /** Carries an {@link SQLException} out of the callback, which rolls back on it. */
  private static final class WrappedSql extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SQLException cause;

    WrappedSql(SQLException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
