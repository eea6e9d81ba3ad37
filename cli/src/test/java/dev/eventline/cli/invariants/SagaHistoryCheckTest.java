package dev.eventline.cli.invariants;

import static dev.eventline.cli.invariants.Snapshots.ALICE_COMPLETED;
import static dev.eventline.cli.invariants.Snapshots.ALICE_OUT_OF_STOCK;
import static dev.eventline.cli.invariants.Snapshots.BOB_DECLINED;
import static dev.eventline.cli.invariants.Snapshots.consistent;
import static dev.eventline.cli.invariants.Snapshots.line;
import static dev.eventline.cli.invariants.Snapshots.saga;
import static dev.eventline.cli.invariants.Snapshots.start;
import static dev.eventline.cli.invariants.Snapshots.withOrder;
import static dev.eventline.cli.invariants.Snapshots.withSaga;
import static dev.eventline.cli.invariants.Snapshots.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.SagaState;
import java.util.List;
import org.junit.jupiter.api.Test;

class SagaHistoryCheckTest {
  private final InvariantCheck check = new InvariantCheck();

  @Test
  void aSkippedStepFailsI5() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_COMPLETED,
            order ->
                withSaga(
                    order,
                    saga(
                        ALICE_COMPLETED,
                        SagaState.COMPLETED,
                        "complete-order",
                        start(),
                        line(
                            SagaState.RUNNING,
                            "charge-payment",
                            SagaState.COMPLETED,
                            "complete-order"))));

    assertThat(check.check(snapshot).result("I5").detail())
        .contains(
            "saga "
                + ALICE_COMPLETED
                + ": line 2: skipped a step: RUNNING charge-payment -> COMPLETED complete-order");
  }

  @Test
  void completingBeforeTheLastStepFailsI5() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_COMPLETED,
            order ->
                withSaga(
                    order,
                    saga(
                        ALICE_COMPLETED,
                        SagaState.COMPLETED,
                        "reserve-stock",
                        start(),
                        line(
                            SagaState.RUNNING,
                            "charge-payment",
                            SagaState.COMPLETED,
                            "reserve-stock"))));

    assertThat(check.check(snapshot).result("I5").detail())
        .contains("completed before the last step");
  }

  @Test
  void anIllegalTransitionFailsI5() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            BOB_DECLINED,
            order ->
                withSaga(
                    order,
                    saga(
                        BOB_DECLINED,
                        SagaState.COMPENSATED,
                        "charge-payment",
                        start(),
                        line(
                            SagaState.RUNNING,
                            "charge-payment",
                            SagaState.COMPENSATED,
                            "charge-payment"),
                        line(
                            SagaState.COMPENSATED,
                            "charge-payment",
                            SagaState.RUNNING,
                            "charge-payment"),
                        line(
                            SagaState.RUNNING,
                            "charge-payment",
                            SagaState.COMPENSATED,
                            "charge-payment"))));

    assertThat(check.check(snapshot).result("I5").detail())
        .contains("line 3: illegal move COMPENSATED charge-payment -> RUNNING charge-payment");
  }

  @Test
  void aGapInTheHistoryFailsI5() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_COMPLETED,
            order ->
                withSaga(
                    order,
                    saga(
                        ALICE_COMPLETED,
                        SagaState.COMPLETED,
                        "complete-order",
                        start(),
                        line(
                            SagaState.RUNNING,
                            "reserve-stock",
                            SagaState.COMPLETED,
                            "complete-order"))));

    assertThat(check.check(snapshot).result("I5").detail())
        .contains("line from RUNNING reserve-stock follows a line to RUNNING charge-payment");
  }

  @Test
  void aHistoryThatDoesNotStartAtTheFirstStepFailsI5() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            BOB_DECLINED,
            order ->
                withSaga(
                    order,
                    saga(
                        BOB_DECLINED,
                        SagaState.COMPENSATED,
                        "charge-payment",
                        line(
                            SagaState.RUNNING,
                            "charge-payment",
                            SagaState.COMPENSATED,
                            "charge-payment"))));

    assertThat(check.check(snapshot).result("I5").detail())
        .contains("starts from RUNNING charge-payment");
  }

  @Test
  void aStepThatIsNotTheSagasFailsI5() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_COMPLETED,
            order ->
                withSaga(
                    order,
                    saga(
                        ALICE_COMPLETED,
                        SagaState.COMPLETED,
                        "complete-order",
                        start(),
                        line(SagaState.RUNNING, "charge-payment", SagaState.RUNNING, "ship-it"),
                        line(
                            SagaState.RUNNING, "ship-it", SagaState.COMPLETED, "complete-order"))));

    assertThat(check.check(snapshot).result("I5").detail())
        .contains("step ship-it is not one of [charge-payment, reserve-stock, complete-order]");
  }

  @Test
  void aSagaWhoseEndDoesNotMatchItsOrderFailsI5() {
    SystemSnapshot snapshot =
        withOrder(consistent(), BOB_DECLINED, order -> withStatus(order, OrderStatus.COMPLETED));

    assertThat(check.check(snapshot).result("I5").detail())
        .contains("is COMPENSATED but its order is COMPLETED");
  }

  @Test
  void aSagaWhoseStateIsNotWhereItsHistoryEndsFailsI5() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_COMPLETED,
            order ->
                withSaga(
                    order,
                    saga(
                        ALICE_COMPLETED,
                        SagaState.COMPLETED,
                        "complete-order",
                        start(),
                        line(
                            SagaState.RUNNING,
                            "charge-payment",
                            SagaState.RUNNING,
                            "reserve-stock"))));

    assertThat(check.check(snapshot).result("I5").detail())
        .contains("is COMPLETED complete-order but its history ends at RUNNING reserve-stock");
  }

  @Test
  void retriesAndIgnoredInputsThatStayInPlacePassI5() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_COMPLETED,
            order ->
                withSaga(
                    order,
                    saga(
                        ALICE_COMPLETED,
                        SagaState.COMPLETED,
                        "complete-order",
                        start(),
                        line(
                            SagaState.RUNNING,
                            "charge-payment",
                            SagaState.RUNNING,
                            "charge-payment"),
                        line(
                            SagaState.RUNNING,
                            "charge-payment",
                            SagaState.RUNNING,
                            "reserve-stock"),
                        line(
                            SagaState.RUNNING,
                            "reserve-stock",
                            SagaState.COMPLETED,
                            "complete-order"),
                        line(
                            SagaState.COMPLETED,
                            "complete-order",
                            SagaState.COMPLETED,
                            "complete-order"))));

    assertThat(check.check(snapshot).result("I5").passed()).isTrue();
  }

  @Test
  void aTimedOutStepCompensatedFromItselfAfterAFailedCompensationRetryPassesI5() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_OUT_OF_STOCK,
            order ->
                withSaga(
                    order,
                    saga(
                        ALICE_OUT_OF_STOCK,
                        SagaState.COMPENSATED,
                        "charge-payment",
                        start(),
                        line(
                            SagaState.RUNNING,
                            "charge-payment",
                            SagaState.RUNNING,
                            "reserve-stock"),
                        line(
                            SagaState.RUNNING,
                            "reserve-stock",
                            SagaState.COMPENSATING,
                            "reserve-stock"),
                        line(
                            SagaState.COMPENSATING,
                            "reserve-stock",
                            SagaState.COMPENSATING,
                            "charge-payment"),
                        line(
                            SagaState.COMPENSATING,
                            "charge-payment",
                            SagaState.COMPENSATION_FAILED,
                            "charge-payment"),
                        line(
                            SagaState.COMPENSATION_FAILED,
                            "charge-payment",
                            SagaState.COMPENSATING,
                            "charge-payment"),
                        line(
                            SagaState.COMPENSATING,
                            "charge-payment",
                            SagaState.COMPENSATED,
                            "charge-payment"))));

    assertThat(check.check(snapshot).result("I5").passed()).isTrue();
  }

  @Test
  void aCompensationThatGoesForwardFailsI5() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_OUT_OF_STOCK,
            order ->
                withSaga(
                    order,
                    saga(
                        ALICE_OUT_OF_STOCK,
                        SagaState.COMPENSATED,
                        "reserve-stock",
                        start(),
                        line(
                            SagaState.RUNNING,
                            "charge-payment",
                            SagaState.COMPENSATING,
                            "charge-payment"),
                        line(
                            SagaState.COMPENSATING,
                            "charge-payment",
                            SagaState.COMPENSATED,
                            "reserve-stock"))));

    assertThat(check.check(snapshot).result("I5").detail()).contains("compensation went forward");
  }

  @Test
  void aSagaOfAnUnknownTypeFailsI5() {
    InvariantCheck ofOtherSagas = new InvariantCheck(java.util.Map.of("ship-order", List.of("a")));

    assertThat(ofOtherSagas.check(consistent()).result("I5").detail())
        .contains("unknown saga type place-order");
  }
}
