package dev.eventline.kit.test.saga;

import static dev.eventline.kit.saga.SagaState.COMPENSATED;
import static dev.eventline.kit.saga.SagaState.COMPENSATING;
import static dev.eventline.kit.saga.SagaState.COMPLETED;
import static dev.eventline.kit.saga.SagaState.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.Step;
import dev.eventline.kit.test.saga.sample.Order;
import dev.eventline.kit.test.saga.sample.OrderSaga;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The checks themselves, on hand-made histories, since a correct machine never breaks them. */
class InvariantsTest {
  static final Saga<Order> ORDER = OrderSaga.definition();
  final Order order = Order.placed("o-1", "sku-1", 2, 500);
  final Ledger ledger = new Ledger(ORDER.steps().stream().map(Step::name).toList());

  @Test
  void aSagaThatCompletesAStepNoParticipantAppliedIsAhead() {
    ledger.applied("charge-payment");

    assertThat(
            Invariants.ahead(
                ORDER, at(RUNNING, "reserve-stock"), at(RUNNING, "book-delivery"), ledger))
        .contains("moved past step reserve-stock before its action was applied");
  }

  @Test
  void aSagaThatCompletesAnAppliedStepIsNotAhead() {
    ledger.applied("charge-payment");
    ledger.applied("reserve-stock");

    assertThat(
            Invariants.ahead(
                ORDER, at(RUNNING, "reserve-stock"), at(RUNNING, "book-delivery"), ledger))
        .isEmpty();
  }

  @Test
  void aSagaThatMovesPastACompensationNobodyHandledIsAhead() {
    ledger.applied("charge-payment");

    assertThat(
            Invariants.ahead(
                ORDER,
                at(COMPENSATING, "charge-payment"),
                at(COMPENSATED, "charge-payment"),
                ledger))
        .contains("moved past the compensation of charge-payment before it was handled");
  }

  @Test
  void aCompensationThatCameBeforeItsActionCountsAsHandled() {
    ledger.compensatedFirst("charge-payment");

    assertThat(
            Invariants.ahead(
                ORDER,
                at(COMPENSATING, "charge-payment"),
                at(COMPENSATED, "charge-payment"),
                ledger))
        .isEmpty();
  }

  @Test
  void aFinishedSagaThatMovesAgainIsAnIllegalMove() {
    assertThat(
            Invariants.move(
                ORDER, at(COMPLETED, "confirm-order"), at(COMPENSATING, "charge-payment")))
        .contains("a finished saga moved: COMPLETED confirm-order -> COMPENSATING charge-payment");
  }

  @Test
  void aCompensatingSagaThatRunsAgainIsAnIllegalMove() {
    assertThat(
            Invariants.move(
                ORDER, at(COMPENSATING, "charge-payment"), at(RUNNING, "reserve-stock")))
        .hasValueSatisfying(
            broken -> assertThat(broken).startsWith("a compensating saga went forward"));
  }

  @Test
  void aStepAppliedTwiceIsNamed() {
    ledger.applied("charge-payment");
    ledger.applied("charge-payment");

    assertThat(ledger.problems()).contains("step charge-payment was applied 2 times");
  }

  @Test
  void aStepAppliedAfterAnEarlierOneWasUndoneIsOutOfOrder() {
    ledger.applied("charge-payment");
    ledger.compensated("charge-payment");
    ledger.applied("reserve-stock");

    assertThat(ledger.problems())
        .contains("step reserve-stock was applied while step charge-payment was not");
  }

  @Test
  void aCompletedSagaNeedsEveryStepOnceAndNothingUndone() {
    ledger.applied("charge-payment");
    ledger.applied("reserve-stock");
    ledger.applied("book-delivery");

    assertThat(Invariants.end(ORDER, at(COMPLETED, "confirm-order"), ledger))
        .containsExactly(
            "COMPLETED, but step confirm-order was applied never and compensated never");
  }

  @Test
  void aCompensatedSagaNeedsExactlyTheAppliedStepsUndone() {
    ledger.applied("charge-payment");
    ledger.applied("reserve-stock");
    ledger.compensated("reserve-stock");

    assertThat(Invariants.end(ORDER, at(COMPENSATED, "charge-payment"), ledger))
        .containsExactly(
            "COMPENSATED, but step charge-payment was applied once and compensated never");
  }

  @Test
  void aSagaThatIsNotFinishedIsNamedWithWhereItStopped() {
    assertThat(Invariants.end(ORDER, at(SagaState.COMPENSATION_FAILED, "charge-payment"), ledger))
        .containsExactly(
            "ended COMPENSATION_FAILED at step charge-payment, not COMPLETED or COMPENSATED");
  }

  private SagaInstance<Order> at(SagaState state, String step) {
    Instant now = Instant.EPOCH;
    return new SagaInstance<>(
        new UUID(0, 1), "order", 1, state, step, 1, order, "c", 0, Optional.empty(), now, now, now);
  }
}
