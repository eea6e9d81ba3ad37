package dev.eventline.orders.application;

import static dev.eventline.kit.saga.SagaState.COMPENSATED;
import static dev.eventline.kit.saga.SagaState.COMPLETED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.inventory.api.InventoryReservationFailed;
import dev.eventline.inventory.api.InventoryReserved;
import dev.eventline.inventory.api.ReleaseStock;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.api.StockLine;
import dev.eventline.inventory.api.StockReleased;
import dev.eventline.kit.test.saga.SagaSimulation;
import dev.eventline.kit.test.saga.SimulationReport;
import dev.eventline.payments.api.ChargePayment;
import dev.eventline.payments.api.PaymentFailed;
import dev.eventline.payments.api.PaymentFailureReason;
import dev.eventline.payments.api.PaymentRefunded;
import dev.eventline.payments.api.PaymentSucceeded;
import dev.eventline.payments.api.RefundPayment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand orders through duplicates, delays, redeliveries, late answers and crashes, with
 * participants that answer as the contract says. A failure prints its seed; replay it with {@code
 * -Deventline.simulation.seed=...}.
 */
class PlaceOrderSagaSimulationTest {
  @Test
  void tenThousandOrdersEachEndWithEveryStepAppliedOnceOrUndone() {
    SimulationReport report =
        SagaSimulation.of(PlaceOrderSaga.definition(new RecordingOutcomes()))
            .startingWith(
                id ->
                    new PlaceOrder(
                        id,
                        "ada",
                        1_500,
                        List.of(new StockLine("book", 3)),
                        "c-" + id,
                        false,
                        null))
            .participant(
                ChargePayment.class,
                (charge, dice) ->
                    dice.chance(0.15)
                        ? new PaymentFailed(
                            charge.orderId(),
                            charge.userId(),
                            PaymentFailureReason.INSUFFICIENT_FUNDS)
                        : new PaymentSucceeded(
                            charge.orderId(), charge.userId(), charge.amountCents()))
            .participant(
                RefundPayment.class,
                (refund, dice) ->
                    new PaymentRefunded(refund.orderId(), refund.userId(), refund.amountCents()))
            .participant(
                ReserveStock.class,
                (reserve, dice) ->
                    dice.chance(0.15)
                        ? new InventoryReservationFailed(reserve.orderId(), "book", 3, 2)
                        : new InventoryReserved(reserve.orderId()))
            .participant(
                ReleaseStock.class, (release, dice) -> new StockReleased(release.orderId()))
            .instances(10_000)
            .fromSystemProperties()
            .run();

    report.assertNoViolations();
    assertThat(report.ended(COMPLETED) + report.ended(COMPENSATED)).isEqualTo(report.instances());
    if (report.instances() >= 10_000) { // not so when one instance is replayed
      assertThat(report.ended(COMPENSATED)).isGreaterThan(1_000);
    }
  }
}
