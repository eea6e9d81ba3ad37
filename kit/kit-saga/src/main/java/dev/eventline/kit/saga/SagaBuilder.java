package dev.eventline.kit.saga;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a saga as a table of steps:
 *
 * <pre>{@code
 * Saga<PlaceOrder> saga = Saga.define("place-order", 1, PlaceOrder.class)
 *     .step("charge-payment")
 *         .send(s -> new ChargePayment(s.orderId(), s.total()))
 *         .onReply(PaymentSucceeded.class, (s, r) -> s.charged())
 *         .onFailure(PaymentFailed.class, (s, r) -> s.cancelled(PAYMENT_DECLINED))
 *         .compensate(s -> new RefundPayment(s.orderId()), PaymentRefunded.class)
 *         .retry(exponentialBackoff(3)).timeout(ofSeconds(30))
 *     .step("reserve-stock")
 *         .send(s -> new ReserveStock(s.orderId(), s.lines()))
 *         .onReply(StockReserved.class)
 *         .onFailure(StockUnavailable.class, (s, r) -> s.cancelled(OUT_OF_STOCK))
 *     .step("complete-order").invokeLocal(orders::complete)
 *     .build();
 * }</pre>
 */
public final class SagaBuilder<S extends Record> {
  private final String name;
  private final int version;
  private final Class<S> dataType;
  private final List<Step<S>> steps = new ArrayList<>();

  SagaBuilder(String name, int version, Class<S> dataType) {
    this.name = name;
    this.version = version;
    this.dataType = dataType;
  }

  /** Starts the next row of the table. */
  public StepBuilder<S> step(String stepName) {
    return new StepBuilder<>(this, stepName);
  }

  SagaBuilder<S> add(Step<S> step) {
    steps.add(step);
    return this;
  }

  Saga<S> finish() {
    return new Saga<>(name, version, dataType, steps);
  }
}
