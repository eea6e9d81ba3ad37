package dev.eventline.kit.spring.saga;

import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.Transition;
import dev.eventline.kit.saga.engine.SagaEngine;
import dev.eventline.kit.spring.CurrentTransaction;
import java.util.UUID;

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
  private final CurrentTransaction transaction;

  TransactionalSagas(SagaEngine engine, CurrentTransaction transaction) {
    this.engine = engine;
    this.transaction = transaction;
  }

  /**
   * Starts {@code saga} (its newest registered version) as {@code id} in the current transaction.
   *
   * @throws IllegalStateException outside a transaction, or when a saga with this id exists
   */
  public <S extends Record> Transition<S> start(Saga<S> saga, UUID id, S data, EventOrigin origin) {
    return transaction.use(
        "start saga " + saga.name(),
        connection -> engine.start(connection, saga, id, data, origin));
  }
}
