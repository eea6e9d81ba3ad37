package dev.eventline.orders.application;

import static dev.eventline.kit.saga.SagaState.COMPENSATED;
import static dev.eventline.kit.saga.SagaState.COMPENSATING;
import static dev.eventline.kit.saga.SagaState.COMPLETED;
import static dev.eventline.kit.saga.SagaState.RUNNING;
import static dev.eventline.kit.test.saga.SagaFixture.given;
import static dev.eventline.kit.test.saga.SagaFixture.reply;
import static dev.eventline.kit.test.saga.SagaFixture.timeout;
import static dev.eventline.orders.api.CancellationReason.OUT_OF_STOCK;
import static dev.eventline.orders.api.CancellationReason.PAYMENT_DECLINED;
import static dev.eventline.payments.api.PaymentFailureReason.INSUFFICIENT_FUNDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.inventory.api.InventoryReservationFailed;
import dev.eventline.inventory.api.InventoryReserved;
import dev.eventline.inventory.api.ReleaseStock;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.api.StockLine;
import dev.eventline.inventory.api.StockReleased;
import dev.eventline.kit.saga.Saga;
import dev.eventline.payments.api.ChargePayment;
import dev.eventline.payments.api.PaymentFailed;
import dev.eventline.payments.api.PaymentRefunded;
import dev.eventline.payments.api.PaymentSucceeded;
import dev.eventline.payments.api.RefundPayment;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The place-order saga of docs/architecture.md, step by step, without a broker or a database. */
class PlaceOrderSagaTest {
  private final RecordingOutcomes orders = new RecordingOutcomes();
  private final Saga<PlaceOrder> saga = PlaceOrderSaga.definition(orders);
  private final UUID id = UUID.fromString("0190a6f0-0000-7000-8000-00000000000a");
  private final List<StockLine> lines = List.of(new StockLine("book", 2));
  private final PlaceOrder order = new PlaceOrder(id, "ada", 2_000, lines, "corr-1", false, null);

  @Test
  void chargesReservesAndCompletesTheOrderWhenEveryoneAgrees() {
    given(saga)
        .withId(id)
        .startedWith(order)
        .expectCommand(new ChargePayment(id, "ada", 2_000))
        .when(reply(new PaymentSucceeded(id, "ada", 2_000)))
        .expectCommand(new ReserveStock(id, "ada", lines))
        .expectState(RUNNING)
        .when(reply(new InventoryReserved(id)))
        .expectNoCommand()
        .expectState(COMPLETED);

    assertThat(orders.of(id)).containsExactly("COMPLETED");
  }

  @Test
  void cancelsADeclinedPaymentAtOnceWithNothingToUndo() {
    given(saga)
        .withId(id)
        .startedWith(order)
        .when(reply(new PaymentFailed(id, "ada", INSUFFICIENT_FUNDS)))
        .expectNoCommand()
        .expectState(COMPENSATED);

    assertThat(orders.of(id)).containsExactly(RecordingOutcomes.cancelled(PAYMENT_DECLINED));
  }

  @Test
  void refundsThePaymentOnceWhenStockRunsOutThenCancels() {
    given(saga)
        .withId(id)
        .startedWith(order)
        .after(reply(new PaymentSucceeded(id, "ada", 2_000)))
        .when(reply(new InventoryReservationFailed(id, "book", 2, 1)))
        .expectCompensation(new RefundPayment(id, "ada", 2_000))
        .expectState(COMPENSATING)
        .when(reply(new PaymentRefunded(id, "ada", 2_000)))
        .expectState(COMPENSATED)
        .expectNoCommand()
        .when(reply(new PaymentRefunded(id, "ada", 2_000)))
        .expectIgnored();

    assertThat(orders.of(id)).containsExactly(RecordingOutcomes.cancelled(OUT_OF_STOCK));
  }

  @Test
  void resendsAnUnansweredChargeThenRefundsAndCancelsItAsDeclined() {
    given(saga)
        .withId(id)
        .startedWith(order)
        .when(timeout())
        .expectCommand(new ChargePayment(id, "ada", 2_000))
        .expectAttempt(2)
        .after(timeout())
        .when(timeout())
        .expectCompensation(new RefundPayment(id, "ada", 2_000))
        .when(reply(new PaymentRefunded(id, "ada", 0)))
        .expectState(COMPENSATED);

    assertThat(orders.of(id)).containsExactly(RecordingOutcomes.cancelled(PAYMENT_DECLINED));
  }

  @Test
  void releasesAnUnansweredReservationThenRefundsAndCancelsItAsOutOfStock() {
    given(saga)
        .withId(id)
        .startedWith(order)
        .after(reply(new PaymentSucceeded(id, "ada", 2_000)), timeout(), timeout())
        .when(timeout())
        .expectCompensation(new ReleaseStock(id))
        .when(reply(new StockReleased(id)))
        .expectCompensation(new RefundPayment(id, "ada", 2_000))
        .when(reply(new PaymentRefunded(id, "ada", 2_000)))
        .expectState(COMPENSATED);

    assertThat(orders.of(id)).containsExactly(RecordingOutcomes.cancelled(OUT_OF_STOCK));
  }

  @Test
  void ignoresAPaymentConfirmationThatArrivesAfterTheOrderWasCancelled() {
    given(saga)
        .withId(id)
        .startedWith(order)
        .after(reply(new PaymentFailed(id, "ada", INSUFFICIENT_FUNDS)))
        .when(reply(new PaymentSucceeded(id, "ada", 2_000)))
        .expectIgnored()
        .expectState(COMPENSATED);

    assertThat(orders.of(id)).hasSize(1);
  }
}
