package dev.eventline.kit.spring.saga;

import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.Transition;
import dev.eventline.kit.saga.engine.SagaEngine;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts sagas from a {@code @Transactional} method: the saga, its history and its first command
 * commit with the state change that started it, or not at all.
 *
 * <pre>{@code
 * @Transactional
 * public Order place(PlaceOrderRequest request, String correlationId) {
 *   Order order = orders.save(Order.pending(request));
 *   sagas.start(PLACE_ORDER, order.id(), PlaceOrder.of(order), EventOrigin.request(correlationId));
 *   return order;
 * }
 * }</pre>
 */
public final class TransactionalSagas {
  private final SagaEngine engine;
  private final DataSource dataSource;
  private final SQLExceptionTranslator errors;

  TransactionalSagas(SagaEngine engine, DataSource dataSource) {
    this.engine = engine;
    this.dataSource = dataSource;
    this.errors = new SQLErrorCodeSQLExceptionTranslator(dataSource);
  }

  /**
   * Starts {@code saga} (its newest registered version) as {@code id} in the current transaction.
   *
   * @throws IllegalStateException outside a transaction, or when a saga with this id exists
   */
  public <S extends Record> Transition<S> start(Saga<S> saga, UUID id, S data, EventOrigin origin) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(
          "start saga "
              + saga.name()
              + " inside a transaction (@Transactional): it must commit"
              + " together with the state change that starts it");
    }
    try {
      return engine.start(DataSourceUtils.getConnection(dataSource), saga, id, data, origin);
    } catch (SQLException e) {
      throw errors.translate("starting saga " + saga.name(), null, e);
    }
  }
}
