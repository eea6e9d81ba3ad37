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
import dev.eventline.cli.client.SagaHistoryLine;
import dev.eventline.cli.client.SagaState;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SagaHistoryCheckTest {
  private final InvariantCheck check = new InvariantCheck();

  @Test
  void aSkippedStepFailsI5() {
    SystemSnapshot snapshot =
        history(
            ALICE_COMPLETED,
            SagaState.COMPLETED,
            "complete-order",
            start(),
            move("RUNNING charge-payment -> COMPLETED complete-order"));

    assertThat(i5(snapshot))
        .contains(
            "saga "
                + ALICE_COMPLETED
                + ": line 2: skipped a step: RUNNING charge-payment -> COMPLETED complete-order");
  }

  @Test
  void completingBeforeTheLastStepFailsI5() {
    SystemSnapshot snapshot =
        history(
            ALICE_COMPLETED,
            SagaState.COMPLETED,
            "reserve-stock",
            start(),
            move("RUNNING charge-payment -> COMPLETED reserve-stock"));

    assertThat(i5(snapshot)).contains("completed before the last step");
  }

  @Test
  void anIllegalTransitionFailsI5() {
    SystemSnapshot snapshot =
        history(
            BOB_DECLINED,
            SagaState.COMPENSATED,
            "charge-payment",
            start(),
            move("RUNNING charge-payment -> COMPENSATED charge-payment"),
            move("COMPENSATED charge-payment -> RUNNING charge-payment"),
            move("RUNNING charge-payment -> COMPENSATED charge-payment"));

    assertThat(i5(snapshot))
        .contains("line 3: illegal move COMPENSATED charge-payment -> RUNNING charge-payment");
  }

  @Test
  void aGapInTheHistoryFailsI5() {
    SystemSnapshot snapshot =
        history(
            ALICE_COMPLETED,
            SagaState.COMPLETED,
            "complete-order",
            start(),
            move("RUNNING reserve-stock -> COMPLETED complete-order"));

    assertThat(i5(snapshot))
        .contains("line from RUNNING reserve-stock follows a line to RUNNING charge-payment");
  }

  @Test
  void aHistoryThatDoesNotStartAtTheFirstStepFailsI5() {
    SystemSnapshot snapshot =
        history(
            BOB_DECLINED,
            SagaState.COMPENSATED,
            "charge-payment",
            move("RUNNING charge-payment -> COMPENSATED charge-payment"));

    assertThat(i5(snapshot)).contains("starts from RUNNING charge-payment");
  }

  @Test
  void aStepThatIsNotTheSagasFailsI5() {
    SystemSnapshot snapshot =
        history(
            ALICE_COMPLETED,
            SagaState.COMPLETED,
            "complete-order",
            start(),
            move("RUNNING charge-payment -> RUNNING ship-it"),
            move("RUNNING ship-it -> COMPLETED complete-order"));

    assertThat(i5(snapshot))
        .contains("step ship-it is not one of [charge-payment, reserve-stock, complete-order]");
  }

  @Test
  void aSagaWhoseEndDoesNotMatchItsOrderFailsI5() {
    SystemSnapshot snapshot =
        withOrder(consistent(), BOB_DECLINED, order -> withStatus(order, OrderStatus.COMPLETED));

    assertThat(i5(snapshot)).contains("is COMPENSATED but its order is COMPLETED");
  }

  @Test
  void aSagaWhoseStateIsNotWhereItsHistoryEndsFailsI5() {
    SystemSnapshot snapshot =
        history(
            ALICE_COMPLETED,
            SagaState.COMPLETED,
            "complete-order",
            start(),
            move("RUNNING charge-payment -> RUNNING reserve-stock"));

    assertThat(i5(snapshot))
        .contains("is COMPLETED complete-order but its history ends at RUNNING reserve-stock");
  }

  @Test
  void retriesAndIgnoredInputsThatStayInPlacePassI5() {
    SystemSnapshot snapshot =
        history(
            ALICE_COMPLETED,
            SagaState.COMPLETED,
            "complete-order",
            start(),
            move("RUNNING charge-payment -> RUNNING charge-payment"),
            move("RUNNING charge-payment -> RUNNING reserve-stock"),
            move("RUNNING reserve-stock -> COMPLETED complete-order"),
            move("COMPLETED complete-order -> COMPLETED complete-order"));

    assertThat(check.check(snapshot).result("I5").passed()).isTrue();
  }

  @Test
  void aTimedOutStepCompensatedFromItselfAfterAFailedCompensationRetryPassesI5() {
    SystemSnapshot snapshot =
        history(
            ALICE_OUT_OF_STOCK,
            SagaState.COMPENSATED,
            "charge-payment",
            start(),
            move("RUNNING charge-payment -> RUNNING reserve-stock"),
            move("RUNNING reserve-stock -> COMPENSATING reserve-stock"),
            move("COMPENSATING reserve-stock -> COMPENSATING charge-payment"),
            move("COMPENSATING charge-payment -> COMPENSATION_FAILED charge-payment"),
            move("COMPENSATION_FAILED charge-payment -> COMPENSATING charge-payment"),
            move("COMPENSATING charge-payment -> COMPENSATED charge-payment"));

    assertThat(check.check(snapshot).result("I5").passed()).isTrue();
  }

  @Test
  void aCompensationThatGoesForwardFailsI5() {
    SystemSnapshot snapshot =
        history(
            ALICE_OUT_OF_STOCK,
            SagaState.COMPENSATED,
            "reserve-stock",
            start(),
            move("RUNNING charge-payment -> COMPENSATING charge-payment"),
            move("COMPENSATING charge-payment -> COMPENSATED reserve-stock"));

    assertThat(i5(snapshot)).contains("compensation went forward");
  }

  @Test
  void aSagaOfAnUnknownTypeFailsI5() {
    InvariantCheck ofOtherSagas = new InvariantCheck(java.util.Map.of("ship-order", List.of("a")));

    assertThat(ofOtherSagas.check(consistent()).result("I5").detail())
        .contains("unknown saga type place-order");
  }

  private String i5(SystemSnapshot snapshot) {
    return check.check(snapshot).result("I5").detail();
  }

  /** The consistent snapshot with {@code order}'s saga in {@code state} at {@code step}. */
  private static SystemSnapshot history(
      UUID order, SagaState state, String step, SagaHistoryLine... lines) {
    return withOrder(
        consistent(), order, snapshot -> withSaga(snapshot, saga(order, state, step, lines)));
  }

  /** A history line written as the check reports it: {@code RUNNING a -> COMPLETED b}. */
  private static SagaHistoryLine move(String text) {
    String[] sides = text.split(" -> ");
    String[] from = sides[0].split(" ");
    String[] to = sides[1].split(" ");
    return line(SagaState.valueOf(from[0]), from[1], SagaState.valueOf(to[0]), to[1]);
  }
}
