package dev.eventline.cli.invariants;

import static dev.eventline.cli.invariants.Snapshots.ALICE_COMPLETED;
import static dev.eventline.cli.invariants.Snapshots.ALICE_OUT_OF_STOCK;
import static dev.eventline.cli.invariants.Snapshots.BOB_DECLINED;
import static dev.eventline.cli.invariants.Snapshots.consistent;
import static dev.eventline.cli.invariants.Snapshots.payment;
import static dev.eventline.cli.invariants.Snapshots.saga;
import static dev.eventline.cli.invariants.Snapshots.start;
import static dev.eventline.cli.invariants.Snapshots.withOrder;
import static dev.eventline.cli.invariants.Snapshots.withPayment;
import static dev.eventline.cli.invariants.Snapshots.withSaga;
import static dev.eventline.cli.invariants.Snapshots.withSkus;
import static dev.eventline.cli.invariants.Snapshots.withStatus;
import static dev.eventline.cli.invariants.Snapshots.withWallet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.PaymentStatus;
import dev.eventline.cli.client.SagaState;
import dev.eventline.cli.client.WalletStatement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvariantCheckTest {
  private final InvariantCheck check = new InvariantCheck();

  @Test
  void aConsistentSystemPassesEveryInvariantWithWhatWasCounted() {
    InvariantReport report = check.check(consistent());

    assertThat(report.allPassed()).as(report.toString()).isTrue();
    assertThat(report.results())
        .extracting(InvariantResult::id)
        .containsExactly("I1", "I2", "I3", "I4", "I5", "I6");
    assertThat(report.result("I1").detail()).isEqualTo("3 of 3 orders terminal");
    assertThat(report.result("I2").detail())
        .isEqualTo("2 wallets; 1 charged, 1 refunded, 1 declined");
    assertThat(report.result("I3").detail()).isEqualTo("2 skus; 2 items sold");
    assertThat(report.result("I4").detail())
        .isEqualTo("through its effects: wallet and stock equations exact, 3 of 3 sagas finished");
    assertThat(report.result("I5").detail())
        .isEqualTo("3 sagas, 9 history lines: continuous, legal, matching their orders");
    assertThat(report.result("I6").detail()).isEqualTo("3 found, 3 injected");
  }

  @Test
  void anOrderStillPendingFailsI1AndItsUnfinishedSagaFailsI4() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_OUT_OF_STOCK,
            order ->
                withSaga(
                    withStatus(withPayment(order, Optional.empty()), OrderStatus.PENDING),
                    saga(ALICE_OUT_OF_STOCK, SagaState.RUNNING, "charge-payment", start())));

    InvariantReport report = check.check(snapshot);

    assertThat(report.result("I1").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(report.result("I1").detail())
        .isEqualTo(
            "2 of 3 orders terminal; 1 violation: order " + ALICE_OUT_OF_STOCK + " still PENDING");
    assertThat(report.result("I4").detail())
        .contains("2 of 3 sagas finished", "unfinished: RUNNING at charge-payment");
    assertThat(report.result("I2").passed()).isTrue();
    assertThat(report.result("I5").passed()).isTrue();
  }

  @Test
  void aDoubleChargeBreaksTheWalletEquationOfI2AndI4() {
    SystemSnapshot snapshot =
        withWallet(consistent(), new WalletStatement("alice", 16_000, 20_000));

    InvariantReport report = check.check(snapshot);

    assertThat(report.result("I2").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(report.result("I2").detail())
        .contains("user alice: deposited 20000 - completed 2000 = 18000, but the balance is 16000");
    assertThat(report.result("I4").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(report.result("I1").passed()).isTrue();
    assertThat(report.result("I3").passed()).isTrue();
  }

  @Test
  void aMissingRefundFailsI2() {
    SystemSnapshot snapshot =
        withOrder(
            withWallet(consistent(), new WalletStatement("alice", 15_000, 20_000)),
            ALICE_OUT_OF_STOCK,
            order ->
                withPayment(
                    order, payment(ALICE_OUT_OF_STOCK, "alice", PaymentStatus.CHARGED, 3_000)));

    InvariantResult money = check.check(snapshot).result("I2");

    assertThat(money.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(money.detail())
        .contains(
            "order "
                + ALICE_OUT_OF_STOCK
                + " CANCELLED/OUT_OF_STOCK has payment CHARGED, expected REFUNDED");
  }

  @Test
  void aCompletedOrderWithoutAPaymentFailsI2() {
    SystemSnapshot snapshot =
        withOrder(consistent(), ALICE_COMPLETED, order -> withPayment(order, Optional.empty()));

    assertThat(check.check(snapshot).result("I2").detail())
        .contains("COMPLETED has no payment, expected CHARGED");
  }

  @Test
  void aCompletedOrderChargedLessThanItsTotalFailsI2() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_COMPLETED,
            order ->
                withPayment(
                    order, payment(ALICE_COMPLETED, "alice", PaymentStatus.CHARGED, 1_000)));

    assertThat(check.check(snapshot).result("I2").detail())
        .contains("CHARGED 1000 cents of a total of 2000");
  }

  @Test
  void aDeclinedOrderThatWasChargedFailsI2() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            BOB_DECLINED,
            order ->
                withPayment(order, payment(BOB_DECLINED, "bob", PaymentStatus.CHARGED, 1_000)));

    assertThat(check.check(snapshot).result("I2").detail())
        .contains("CANCELLED/PAYMENT_DECLINED has payment CHARGED, expected DECLINED or VOIDED");
  }

  @Test
  void aDeclinedOrderWhoseRefundCameBeforeTheChargeIsVoidedAndPassesI2() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            BOB_DECLINED,
            order -> withPayment(order, payment(BOB_DECLINED, "bob", PaymentStatus.VOIDED, 0)));

    assertThat(check.check(snapshot).result("I2").passed()).isTrue();
  }

  @Test
  void aPaymentTakenFromAnotherUsersWalletFailsI2() {
    SystemSnapshot snapshot =
        withOrder(
            consistent(),
            ALICE_COMPLETED,
            order ->
                withPayment(order, payment(ALICE_COMPLETED, "bob", PaymentStatus.CHARGED, 2_000)));

    assertThat(check.check(snapshot).result("I2").detail()).contains("of alice was paid by bob");
  }

  @Test
  void aBalanceBelowZeroFailsI2EvenWhenTheEquationHolds() {
    SystemSnapshot snapshot = withWallet(consistent(), new WalletStatement("alice", -500, 1_500));

    InvariantResult money = check.check(snapshot).result("I2");

    assertThat(money.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(money.detail())
        .isEqualTo(
            "2 wallets; 1 charged, 1 refunded, 1 declined; 1 violation: user alice has -500"
                + " cents");
  }

  @Test
  void anOversoldSkuFailsI3() {
    SystemSnapshot snapshot =
        withSkus(consistent(), new SkuSnapshot("MUG", 1, -1), new SkuSnapshot("LAMP", 0, 0));

    InvariantResult stock = check.check(snapshot).result("I3");

    assertThat(stock.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(stock.detail())
        .contains("sku MUG has -1 available")
        .contains("2 skus; 2 items sold; 1 violation");
  }

  @Test
  void stockThatDoesNotAddUpFailsI3AndI4() {
    SystemSnapshot snapshot =
        withSkus(consistent(), new SkuSnapshot("MUG", 10, 6), new SkuSnapshot("LAMP", 0, 0));

    InvariantReport report = check.check(snapshot);

    assertThat(report.result("I3").detail())
        .contains("sku MUG: set 10 - completed 2 = 8, but 6 available");
    assertThat(report.result("I4").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(report.result("I2").passed()).isTrue();
  }

  @Test
  void anOrderWithoutASagaFailsI4AndI5() {
    SystemSnapshot snapshot =
        withOrder(consistent(), ALICE_COMPLETED, order -> withSaga(order, Optional.empty()));

    InvariantReport report = check.check(snapshot);

    assertThat(report.result("I4").detail()).contains("has no saga");
    assertThat(report.result("I5").detail()).contains("has no saga");
  }

  @Test
  void manyViolationsAreCountedAndOnlyTheFirstTwoNamed() {
    SystemSnapshot snapshot =
        withSkus(
            consistent(),
            new SkuSnapshot("MUG", 10, 0),
            new SkuSnapshot("LAMP", 5, 0),
            new SkuSnapshot("TEA", 1, 0));

    InvariantResult stock = check.check(snapshot).result("I3");

    assertThat(stock.detail())
        .startsWith("3 skus; 2 items sold; 3 violations: sku MUG: ")
        .endsWith("(+1 more)")
        .doesNotContain("TEA")
        .doesNotContain("\n");
  }
}
