package dev.eventline.kit.test.saga;

import static dev.eventline.kit.saga.SagaState.COMPENSATED;
import static dev.eventline.kit.saga.SagaState.COMPLETED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.test.saga.sample.Order;
import dev.eventline.kit.test.saga.sample.OrderMessages.BookDelivery;
import dev.eventline.kit.test.saga.sample.OrderMessages.CancelDelivery;
import dev.eventline.kit.test.saga.sample.OrderMessages.ChargePayment;
import dev.eventline.kit.test.saga.sample.OrderMessages.DeliveryBooked;
import dev.eventline.kit.test.saga.sample.OrderMessages.DeliveryCancelled;
import dev.eventline.kit.test.saga.sample.OrderMessages.NoCourier;
import dev.eventline.kit.test.saga.sample.OrderMessages.OutOfStock;
import dev.eventline.kit.test.saga.sample.OrderMessages.PaymentCharged;
import dev.eventline.kit.test.saga.sample.OrderMessages.PaymentDeclined;
import dev.eventline.kit.test.saga.sample.OrderMessages.PaymentRefunded;
import dev.eventline.kit.test.saga.sample.OrderMessages.RefundPayment;
import dev.eventline.kit.test.saga.sample.OrderMessages.ReleaseStock;
import dev.eventline.kit.test.saga.sample.OrderMessages.ReserveStock;
import dev.eventline.kit.test.saga.sample.OrderMessages.StockReleased;
import dev.eventline.kit.test.saga.sample.OrderMessages.StockReserved;
import dev.eventline.kit.test.saga.sample.OrderSaga;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample order saga under duplicates, delays, redeliveries, late answers and crashes. A failure
 * prints its seed; replay it with {@code -Deventline.simulation.seed=...} (see the README).
 */
class OrderSagaSimulationTest {
  @Test
  void tenThousandOrdersEachEndWithEveryStepAppliedOnceOrNoneLeft() {
    // quick-start:begin
    // In a test of its own: ten thousand orders through everything that goes wrong.
    SimulationReport report =
        SagaSimulation.of(OrderSaga.definition())
            .startingWith(id -> Order.placed("order-" + id, "sku-1", 2, 500))
            .participant(
                ChargePayment.class,
                (charge, dice) ->
                    dice.chance(0.1)
                        ? new PaymentDeclined(charge.orderId(), "insufficient funds")
                        : new PaymentCharged(charge.orderId()))
            .participant(
                RefundPayment.class, (refund, dice) -> new PaymentRefunded(refund.orderId()))
            .participant(
                ReserveStock.class,
                (reserve, dice) ->
                    dice.chance(0.1)
                        ? new OutOfStock(reserve.orderId(), reserve.sku())
                        : new StockReserved(reserve.orderId()))
            .participant(
                ReleaseStock.class, (release, dice) -> new StockReleased(release.orderId()))
            .participant(
                BookDelivery.class,
                (book, dice) ->
                    dice.chance(0.1)
                        ? new NoCourier(book.orderId())
                        : new DeliveryBooked(book.orderId(), dice.pick(List.of("am", "pm"))))
            .participant(
                CancelDelivery.class, (cancel, dice) -> new DeliveryCancelled(cancel.orderId()))
            .instances(10_000)
            .fromSystemProperties() // -Deventline.simulation.seed=... replays a run
            .run();

    report.assertNoViolations();
    // quick-start:end
    assertThat(report.ended(COMPLETED) + report.ended(COMPENSATED)).isEqualTo(report.instances());
    if (report.instances() >= 10_000) {
      // Every fault happened often enough to matter (not so when one instance is replayed).
      assertThat(report.count(Figure.DUPLICATES)).isGreaterThan(1_000);
      assertThat(report.count(Figure.REDELIVERIES)).isGreaterThan(1_000);
      assertThat(report.count(Figure.LATE_ANSWERS)).isGreaterThan(1_000);
      assertThat(report.count(Figure.CRASHES)).isGreaterThan(1_000);
      assertThat(report.count(Figure.LOCK_CONFLICTS)).isGreaterThan(10);
      assertThat(report.count(Figure.REFUSED_ACTIONS)).isGreaterThan(10);
      assertThat(report.count(Figure.LOCAL_FAILURES)).isGreaterThan(100);
      assertThat(report.ended(COMPENSATED)).isGreaterThan(1_000);
    }
  }
}
