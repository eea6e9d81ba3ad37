package dev.eventline.kit.saga;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
  private Optional<LocalAction<S>> onCompleted = Optional.empty();
  private Optional<LocalAction<S>> onCompensated = Optional.empty();

  SagaBuilder(String name, int version, Class<S> dataType) {
    this.name = name;
    this.version = version;
    this.dataType = dataType;
  }

  /**
   * A local action run in the transition that makes the saga COMPLETED, after its last step: e.g.
   * publishing the outcome. It must not fail for business reasons; if it throws, the whole
   * transition is refused (the engine's transaction rolls back and the input is delivered again).
   */
  public SagaBuilder<S> onCompleted(LocalAction<S> action) {
    this.onCompleted = Optional.of(Objects.requireNonNull(action));
    return this;
  }

  /**
   * A local action run in the transition that makes the saga COMPENSATED: when the last
   * compensation is confirmed, or at once when a step fails with nothing before it to undo. It is
   * where the owner records the business outcome (an order becomes CANCELLED) in the same
   * transaction. Like {@link #onCompleted}, a failure refuses the whole transition.
   */
  public SagaBuilder<S> onCompensated(LocalAction<S> action) {
    this.onCompensated = Optional.of(Objects.requireNonNull(action));
    return this;
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
    return new Saga<>(name, version, dataType, steps, onCompleted, onCompensated);
  }
}
