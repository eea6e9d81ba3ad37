package dev.eventline.kit.test.saga;

import static dev.eventline.kit.saga.SagaState.COMPENSATED;
import static dev.eventline.kit.saga.SagaState.COMPENSATING;
import static dev.eventline.kit.saga.SagaState.COMPENSATION_FAILED;
import static dev.eventline.kit.saga.SagaState.COMPLETED;
import static dev.eventline.kit.saga.SagaState.RUNNING;
import static dev.eventline.kit.test.saga.SagaFixture.given;
import static dev.eventline.kit.test.saga.SagaFixture.operatorRetry;
import static dev.eventline.kit.test.saga.SagaFixture.reply;
import static dev.eventline.kit.test.saga.SagaFixture.timeout;
import static dev.eventline.kit.test.saga.SagaFixture.timeoutOf;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaMachine;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SagaFixtureTest {
  static final Saga<Order> ORDER = OrderSaga.definition();
  final Order order = Order.placed("o-1", "sku-1", 2, 500);

  @Test
  void walksEveryStepAndConfirmsTheOrderLocallyWhenEveryParticipantAgrees() {
    given(ORDER)
        .startedWith(order)
        .expectCommand(new ChargePayment("o-1", "customer-1", 500))
        .expectState(RUNNING)
        .expectDeadlineIn(ofSeconds(10))
        .when(reply(new PaymentCharged("o-1")))
        .expectCommand(new ReserveStock("o-1", "sku-1", 2))
        .when(reply(new StockReserved("o-1")))
        .expectCommand(new BookDelivery("o-1"))
        .when(reply(new DeliveryBooked("o-1", "tuesday-am")))
        .expectNoCommand()
        .expectState(COMPLETED)
        .expectNoDeadline()
        .expectData(order.deliveredIn("tuesday-am").confirmedOrder());
  }

  @Test
  void cancelsWithNothingToCompensateWhenThePaymentIsDeclined() {
    given(ORDER)
        .startedWith(order)
        .when(reply(new PaymentDeclined("o-1", "insufficient funds")))
        .expectNoCommand()
        .expectState(COMPENSATED)
        .expectData(order.cancelled("PAYMENT_DECLINED"))
        .expectHistoryCause("failed step charge-payment");
  }

  // quick-start:begin
  @Test
  void refundsThePaymentWhenStockRunsOut() {
    Order order = Order.placed("o-1", "sku-1", 2, 500);

    given(OrderSaga.definition())
        .startedWith(order)
        .after(reply(new PaymentCharged("o-1")))
        .when(reply(new OutOfStock("o-1", "sku-1")))
        .expectCompensation(new RefundPayment("o-1", 500))
        .expectState(COMPENSATING)
        .when(reply(new PaymentRefunded("o-1")))
        .expectState(COMPENSATED)
        .expectData(order.cancelled("OUT_OF_STOCK"))
        .expectNoCommand();
  }

  // quick-start:end

  @Test
  void releasesTheStockThenRefundsThePaymentWhenNoCourierIsFree() {
    given(ORDER)
        .startedWith(order)
        .after(reply(new PaymentCharged("o-1")), reply(new StockReserved("o-1")))
        .when(reply(new NoCourier("o-1")))
        .expectCompensation(new ReleaseStock("o-1", "sku-1", 2))
        .expectStep("reserve-stock")
        .when(reply(new StockReleased("o-1")))
        .expectCompensation(new RefundPayment("o-1", 500))
        .expectStep("charge-payment")
        .when(reply(new PaymentRefunded("o-1")))
        .expectState(COMPENSATED)
        .expectData(order.cancelled("NO_COURIER"));
  }

  @Test
  void resendsTheChargeWithALongerWaitThenRefundsWhenPaymentNeverAnswers() {
    given(ORDER)
        .startedWith(order)
        .when(timeout())
        .expectCommand(new ChargePayment("o-1", "customer-1", 500))
        .expectAttempt(2)
        .expectDeadlineIn(ofSeconds(11))
        .when(timeout())
        .expectAttempt(3)
        .expectDeadlineIn(ofSeconds(12))
        .when(timeout())
        .expectCompensation(new RefundPayment("o-1", 500))
        .expectState(COMPENSATING)
        .expectHistoryCause("timeout: step charge-payment gave up after 3 attempts");
  }

  @Test
  void cancelsTheUncertainDeliveryAtItsFirstTimeoutThenUndoesTheEarlierSteps() {
    given(ORDER)
        .startedWith(order)
        .after(reply(new PaymentCharged("o-1")), reply(new StockReserved("o-1")))
        .when(timeout())
        .expectCompensation(new CancelDelivery("o-1"))
        .when(reply(new DeliveryCancelled("o-1")))
        .expectCompensation(new ReleaseStock("o-1", "sku-1", 2))
        .when(reply(new StockReleased("o-1")))
        .expectCompensation(new RefundPayment("o-1", 500));
  }

  @Test
  void recordsAReplyThatComesAfterItsStepGaveUpButIgnoresIt() {
    given(ORDER)
        .startedWith(order)
        .after(timeout(), timeout(), timeout())
        .when(reply(new PaymentCharged("o-1")))
        .expectIgnored()
        .expectState(COMPENSATING)
        .expectHistoryCause("ignored reply PaymentCharged");
  }

  @Test
  void recordsTheSameReplyDeliveredTwiceButActsOnItOnce() {
    EventId event = new EventId(UUID.fromString("0190a6f0-0000-7000-8000-000000000001"));

    given(ORDER)
        .startedWith(order)
        .after(reply(new PaymentCharged("o-1"), event))
        .when(reply(new PaymentCharged("o-1"), event))
        .expectIgnored()
        .expectState(RUNNING)
        .expectStep("reserve-stock");
  }

  @Test
  void ignoresADeadlineItNoLongerWaitsFor() {
    SagaScenario<Order> charging = given(ORDER).startedWith(order);
    var chargeDeadline = charging.instance().deadline().orElseThrow();

    charging
        .afterWaiting(ofSeconds(2))
        .after(reply(new PaymentCharged("o-1")))
        .when(timeoutOf(chargeDeadline))
        .expectIgnored()
        .expectHistoryCause("no longer awaited");
  }

  @Test
  void waitsForAnOperatorWhenTheRefundIsNeverConfirmedThenRefundsAgainOnRetry() {
    given(ORDER)
        .startedWith(order)
        .after(reply(new PaymentCharged("o-1")), reply(new OutOfStock("o-1", "sku-1")))
        .after(timeout(), timeout())
        .when(timeout())
        .expectState(COMPENSATION_FAILED)
        .expectNoDeadline()
        .expectHistoryCause("failed 3 times")
        .when(operatorRetry())
        .expectCompensation(new RefundPayment("o-1", 500))
        .expectState(COMPENSATING)
        .expectAttempt(1)
        .when(reply(new PaymentRefunded("o-1")))
        .expectState(COMPENSATED);
  }

  @Test
  void aLateRefundConfirmationFinishesASagaThatWaitsForAnOperator() {
    given(ORDER)
        .inState(COMPENSATION_FAILED, "charge-payment", order.cancelled("OUT_OF_STOCK"))
        .when(reply(new PaymentRefunded("o-1")))
        .expectState(COMPENSATED)
        .expectNoCommand();
  }

  @Test
  void retriesAFailingLocalStepAfterItsBackoff() {
    int[] runs = {0};
    SagaMachine failingOnce =
        new SagaMachine(
            new SagaMachine.LocalRunner() {
              @Override
              public <S extends Record> S run(dev.eventline.kit.saga.LocalAction<S> action, S data)
                  throws Exception {
                if (runs[0]++ == 0) {
                  throw new IllegalStateException("the orders table is locked");
                }
                return action.apply(data);
              }
            });

    given(ORDER)
        .withMachine(failingOnce)
        .startedWith(order)
        .after(reply(new PaymentCharged("o-1")), reply(new StockReserved("o-1")))
        .when(reply(new DeliveryBooked("o-1", "tuesday-am")))
        .expectState(RUNNING)
        .expectStep("confirm-order")
        .expectDeadlineIn(ofSeconds(1))
        .when(timeout())
        .expectState(COMPLETED)
        .expectDataSatisfies(data -> assertThat(data.confirmed()).isTrue());
  }

  @Test
  void aFinishedSagaRefusesAnOperatorRetry() {
    given(ORDER)
        .inState(COMPLETED, "confirm-order", order.confirmedOrder())
        .when(operatorRetry())
        .expectRejected("only an unfinished saga can be retried");
  }
}
