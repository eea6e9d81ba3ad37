package dev.eventline.kit.test.saga;

import static dev.eventline.kit.saga.SagaState.COMPENSATED;
import static dev.eventline.kit.saga.SagaState.COMPLETED;
import static dev.eventline.kit.test.saga.SagaFixture.given;
import static dev.eventline.kit.test.saga.SagaFixture.operatorRetry;
import static dev.eventline.kit.test.saga.SagaFixture.reply;
import static dev.eventline.kit.test.saga.SagaFixture.timeout;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.test.saga.sample.Order;
import dev.eventline.kit.test.saga.sample.OrderMessages.OutOfStock;
import dev.eventline.kit.test.saga.sample.OrderMessages.PaymentCharged;
import dev.eventline.kit.test.saga.sample.OrderMessages.RefundPayment;
import dev.eventline.kit.test.saga.sample.OrderMessages.StockReserved;
import dev.eventline.kit.test.saga.sample.OrderSaga;
import org.junit.jupiter.api.Test;

/** A failed expectation says what was expected, what the saga did, and its history. */
class SagaScenarioFailureTest {
  static final Saga<Order> ORDER = OrderSaga.definition();
  final Order order = Order.placed("o-1", "sku-1", 2, 500);

  @Test
  void aMissingCommandNamesTheExpectedOneWhatWasSentAndTheHistory() {
    SagaScenario<Order> scenario =
        given(ORDER)
            .startedWith(order)
            .after(reply(new PaymentCharged("o-1")))
            .when(reply(new StockReserved("o-1")));

    assertThatThrownBy(() -> scenario.expectCommand(new RefundPayment("o-1", 500)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the saga to send:\n  RefundPayment[orderId=o-1")
        .hasMessageContaining("after reply StockReserved[orderId=o-1]")
        .hasMessageContaining("but it sent:\n  BookDelivery[orderId=o-1] (step book-delivery)")
        .hasMessageContaining("is RUNNING at step book-delivery")
        .hasMessageContaining(
            "RUNNING charge-payment -> RUNNING reserve-stock: reply PaymentCharged");
  }

  @Test
  void aCommandThatIsNotACompensationIsReportedAsSuch() {
    SagaScenario<Order> scenario = given(ORDER).startedWith(order);

    assertThatThrownBy(() -> scenario.expectCompensation(scenario.commands().getFirst().command()))
        .hasMessageContaining("to send, as a compensation,");
  }

  @Test
  void aWrongStateNamesBoth() {
    SagaScenario<Order> scenario = given(ORDER).startedWith(order);

    assertThatThrownBy(() -> scenario.expectState(COMPENSATED))
        .hasMessageContaining("Expecting the saga to be:\n  COMPENSATED")
        .hasMessageContaining("but it is RUNNING");
  }

  @Test
  void wrongDataShowsTheFieldsThatDiffer() {
    SagaScenario<Order> scenario =
        given(ORDER)
            .startedWith(order)
            .after(reply(new PaymentCharged("o-1")))
            .when(reply(new OutOfStock("o-1", "sku-1")));

    assertThatThrownBy(() -> scenario.expectData(order.cancelled("PAYMENT_DECLINED")))
        .hasMessageContaining("cancellationReason")
        .hasMessageContaining("OUT_OF_STOCK")
        .hasMessageContaining("PAYMENT_DECLINED");
  }

  @Test
  void aGivenThatTheSagaIgnoresFailsAtOnce() {
    assertThatThrownBy(() -> given(ORDER).startedWith(order).after(reply(new StockReserved("o-1"))))
        .hasMessageContaining("Expecting the saga to act on, as a given, reply StockReserved")
        .hasMessageContaining("but it ignored it: ignored reply StockReserved");
  }

  @Test
  void aRefusedStimulusFailsTheNextExpectationWithTheMachinesReason() {
    SagaScenario<Order> scenario =
        given(ORDER).inState(COMPLETED, "confirm-order", order).when(operatorRetry());

    assertThatThrownBy(scenario::expectNoCommand)
        .hasMessageContaining("Expecting the saga to accept an operator retries")
        .hasMessageContaining("only an unfinished saga can be retried");
  }

  @Test
  void aTimeoutWithoutADeadlineSaysThereIsNone() {
    SagaScenario<Order> finished = given(ORDER).inState(COMPLETED, "confirm-order", order);

    assertThatThrownBy(() -> finished.when(timeout()))
        .hasMessageContaining("Expecting a deadline to pass, but the saga waits for none");
  }

  @Test
  void anExpectedRefusalThatDidNotHappenIsReported() {
    SagaScenario<Order> scenario = given(ORDER).startedWith(order).when(timeout());

    assertThatThrownBy(() -> scenario.expectRejected("anything"))
        .hasMessageContaining(
            "Expecting the saga to refuse the deadline passes\nbut it accepted it");
  }
}
