package dev.eventline.kit.spring;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The connection of the Spring transaction the caller is in, for kit code that must write in it (an
 * outbox row, a saga): it refuses to run outside a transaction, and turns SQL errors into Spring's
 * data-access exceptions.
 */
public final class CurrentTransaction {
  private final DataSource dataSource;
  private final SQLExceptionTranslator errors;

  public CurrentTransaction(DataSource dataSource) {
    this.dataSource = dataSource;
    this.errors = new SQLErrorCodeSQLExceptionTranslator(dataSource);
  }

  /** Work on the transaction's connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection transaction) throws SQLException;
  }

  /**
   * Runs {@code work} on the current transaction's connection.
   *
   * @param action what is done, e.g. {@code "publish OrderCreated"}, for the error messages
   * @throws IllegalStateException outside a transaction
   */
  public <T> T use(String action, Work<T> work) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(
          action
              + " inside a transaction (@Transactional): it must commit together with the state"
              + " change it belongs to");
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw errors.translate(action, null, e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
