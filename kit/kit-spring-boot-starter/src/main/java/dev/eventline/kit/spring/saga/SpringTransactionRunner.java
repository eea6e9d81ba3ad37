package dev.eventline.kit.spring.saga;

import dev.eventline.kit.saga.engine.TransactionRunner;
import dev.eventline.kit.spring.Transactions;
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
    return Transactions.execute(
        transactions, () -> work.run(DataSourceUtils.getConnection(dataSource)));
  }
}
