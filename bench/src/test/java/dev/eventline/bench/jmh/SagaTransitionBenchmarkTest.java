package dev.eventline.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.bench.jmh.OrderSagaMessages.RefundPayment;
import dev.eventline.bench.jmh.OrderSagaMessages.ReserveStock;
import dev.eventline.bench.jmh.PlaceOrderSaga.PlaceOrder;
import dev.eventline.kit.saga.SagaCommand;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.Transition;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SagaTransitionBenchmarkTest {
  private static final PlaceOrder ORDER = PlaceOrderSaga.newOrder();

  private final SagaTransitionBenchmark benchmark = new SagaTransitionBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @Test
  void aSucceededPaymentMovesTheSagaToReserveStock() {
    Transition<PlaceOrder> transition = benchmark.advance();

    assertThat(transition.acted()).isTrue();
    assertThat(transition.instance().state()).isEqualTo(SagaState.RUNNING);
    assertThat(transition.instance().step()).isEqualTo("reserve-stock");
    assertThat(transition.commands())
        .extracting(SagaCommand::command)
        .containsExactly(new ReserveStock(ORDER.orderId(), ORDER.lines()));
  }

  @Test
  void reservedStockCompletesTheOrderInTheSameTransition() {
    Transition<PlaceOrder> transition = benchmark.complete();

    assertThat(transition.instance().state()).isEqualTo(SagaState.COMPLETED);
    assertThat(transition.instance().data().completed()).isTrue();
    assertThat(transition.commands()).isEmpty();
  }

  @Test
  void stockRunningOutRefundsThePayment() {
    Transition<PlaceOrder> transition = benchmark.compensate();

    assertThat(transition.instance().state()).isEqualTo(SagaState.COMPENSATING);
    assertThat(transition.instance().step()).isEqualTo("charge-payment");
    assertThat(transition.instance().data().cancellationReason())
        .isEqualTo(Optional.of("OUT_OF_STOCK"));
    assertThat(transition.commands())
        .extracting(SagaCommand::command)
        .containsExactly(new RefundPayment(ORDER.orderId(), ORDER.totalCents()));
  }

  @Test
  void everyInvocationStartsFromTheSameInstance() {
    assertThat(benchmark.advance()).isEqualTo(benchmark.advance());
    assertThat(benchmark.compensate()).isEqualTo(benchmark.compensate());
  }
}
