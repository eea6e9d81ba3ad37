package dev.eventline.kit.saga.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaCommand;
import dev.eventline.kit.saga.SagaInput;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaMachine;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.Transition;
import dev.eventline.kit.saga.example.OrderMessages.ChargePayment;
import dev.eventline.kit.saga.example.OrderMessages.InventoryReservationFailed;
import dev.eventline.kit.saga.example.OrderMessages.InventoryReserved;
import dev.eventline.kit.saga.example.OrderMessages.Line;
import dev.eventline.kit.saga.example.OrderMessages.PaymentFailed;
import dev.eventline.kit.saga.example.OrderMessages.PaymentRefunded;
import dev.eventline.kit.saga.example.OrderMessages.PaymentSucceeded;
import dev.eventline.kit.saga.example.OrderMessages.RefundPayment;
import dev.eventline.kit.saga.example.OrderMessages.ReserveStock;
import dev.eventline.kit.test.readme.ReadmeQuickStart;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The three flows of SYSTEM.md through the README's saga. */
class PlaceOrderSagaTest {
  private static final Saga<PlaceOrder> SAGA = PlaceOrderSaga.definition();
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final List<Line> LINES = List.of(new Line("sku-1", 2));

  private final SagaMachine machine = new SagaMachine();

  @Test
  void anOrderIsChargedThenReservedThenCompleted() {
    Transition<PlaceOrder> started = start();
    assertThat(commands(started)).containsExactly(new ChargePayment("o-1", "u-1", 2500));

    Transition<PlaceOrder> charged = reply(started, new PaymentSucceeded("o-1", 2500));
    assertThat(commands(charged)).containsExactly(new ReserveStock("o-1", LINES));

    Transition<PlaceOrder> done = reply(charged, new InventoryReserved("o-1"));
    assertThat(done.instance().state()).isEqualTo(SagaState.COMPLETED);
    assertThat(done.instance().data().completed()).isTrue();
  }

  @Test
  void aDeclinedPaymentCancelsTheOrderWithNothingToRefund() {
    Transition<PlaceOrder> declined =
        reply(start(), new PaymentFailed("o-1", "insufficient funds"));

    assertThat(declined.instance().state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(declined.instance().data().cancellationReason()).contains("PAYMENT_DECLINED");
    assertThat(declined.commands()).isEmpty();
  }

  @Test
  void stockThatRunsOutAfterPaymentRefundsThePaymentExactlyOnce() {
    Transition<PlaceOrder> charged = reply(start(), new PaymentSucceeded("o-1", 2500));

    Transition<PlaceOrder> refunding =
        reply(charged, new InventoryReservationFailed("o-1", "sku-1"));
    assertThat(refunding.instance().state()).isEqualTo(SagaState.COMPENSATING);
    assertThat(commands(refunding)).containsExactly(new RefundPayment("o-1", 2500));

    Transition<PlaceOrder> refunded = reply(refunding, new PaymentRefunded("o-1", 2500));
    Transition<PlaceOrder> again = reply(refunded, new PaymentRefunded("o-1", 2500));
    assertThat(refunded.instance().state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(refunded.instance().data().cancellationReason()).contains("OUT_OF_STOCK");
    assertThat(again.acted()).isFalse();
  }

  @Test
  void theReadmeShowsThisSaga() {
    assertThat(ReadmeQuickStart.in(Path.of("README.md")))
        .isEqualTo(
            ReadmeQuickStart.sampledFrom(
                Path.of("src/test/java/dev/eventline/kit/saga/example/PlaceOrderSaga.java")));
  }

  private Transition<PlaceOrder> start() {
    return machine.start(
        SAGA, UUID.randomUUID(), PlaceOrder.of("o-1", "u-1", 2500, LINES), "corr-1", NOW);
  }

  private Transition<PlaceOrder> reply(Transition<PlaceOrder> previous, Record reply) {
    SagaInstance<PlaceOrder> instance = previous.instance();
    return machine.apply(SAGA, instance, new SagaInput.Reply(reply, Optional.empty()), NOW);
  }

  private static List<Record> commands(Transition<PlaceOrder> transition) {
    return transition.commands().stream().map(SagaCommand::command).toList();
  }
}
