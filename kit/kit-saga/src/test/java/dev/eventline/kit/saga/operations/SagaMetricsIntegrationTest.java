package dev.eventline.kit.saga.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.saga.checkout.CheckoutMessages.OrderShipped;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentCharged;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentRefunded;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockReserved;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockUnavailable;
import dev.eventline.kit.saga.checkout.CheckoutSaga;
import dev.eventline.kit.saga.checkout.Testbed;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The saga meters, on a clock the test moves so that every duration is exact. */
@RealInfrastructure
class SagaMetricsIntegrationTest {
  private final Testbed testbed;
  private final SimpleMeterRegistry registry;

  SagaMetricsIntegrationTest(TestDatabase database) throws SQLException {
    this.testbed = new Testbed(database, CheckoutSaga.V1);
    this.registry = testbed.registry();
  }

  @Test
  void everyOutcomeCounterOfEachSagaTypeExistsAtZeroBeforeTheFirstSaga() {
    for (String name :
        Set.of(
            "eventline.saga.started",
            "eventline.saga.completed",
            "eventline.saga.compensated",
            "eventline.saga.compensation.failed")) {
      assertThat(count(name)).as(name).isZero();
    }
  }

  @Test
  void countsSagasByOutcome() throws SQLException {
    testbed.compensationFailed("order-1");
    UUID completed = testbed.start("order-2");
    testbed.reply(completed, new PaymentCharged("payment-2"));
    testbed.reply(completed, new StockReserved());
    testbed.reply(completed, new OrderShipped("track-2"));
    UUID compensated = testbed.start("order-3");
    testbed.reply(compensated, new PaymentCharged("payment-3"));
    testbed.reply(compensated, new StockUnavailable());
    testbed.reply(compensated, new PaymentRefunded());

    assertThat(count("eventline.saga.started")).isEqualTo(3);
    assertThat(count("eventline.saga.completed")).isEqualTo(1);
    assertThat(count("eventline.saga.compensated")).isEqualTo(1);
    assertThat(count("eventline.saga.compensation.failed")).isEqualTo(1);
  }

  @Test
  void timesSagasPerOutcomeAndEachStepUntilItIsLeft() throws SQLException {
    UUID completed = testbed.start("order-4");
    testbed.clock().advance(Duration.ofSeconds(2));
    testbed.reply(completed, new PaymentCharged("payment-4"));
    testbed.clock().advance(Duration.ofSeconds(3));
    testbed.reply(completed, new StockReserved());
    testbed.clock().advance(Duration.ofSeconds(4));
    testbed.reply(completed, new OrderShipped("track-4"));
    UUID compensated = testbed.start("order-5");
    testbed.reply(compensated, new PaymentCharged("payment-5"));
    testbed.clock().advance(Duration.ofSeconds(1));
    testbed.reply(compensated, new StockUnavailable());
    testbed.clock().advance(Duration.ofSeconds(5));
    testbed.reply(compensated, new PaymentRefunded());

    assertThat(recorded(meter("eventline.saga.duration").tag("outcome", "completed").timer()))
        .isEqualTo("1 in 9.0 s");
    assertThat(recorded(meter("eventline.saga.duration").tag("outcome", "compensated").timer()))
        .isEqualTo("1 in 6.0 s");
    assertThat(recorded(step("charge-payment", "run"))).isEqualTo("2 in 2.0 s");
    assertThat(recorded(step("reserve-stock", "run"))).isEqualTo("2 in 4.0 s");
    assertThat(recorded(step("ship-order", "run"))).isEqualTo("1 in 4.0 s");
    assertThat(recorded(step("charge-payment", "compensate"))).isEqualTo("1 in 5.0 s");
  }

  @Test
  void gaugesCountSagasInFlightAndStuckWhenRefreshed() throws SQLException {
    testbed.compensationFailed("order-4");
    testbed.start("order-5");
    SagaOperations operations =
        new SagaOperations(
            testbed.engine(), testbed.transactions(), testbed.clock(), Duration.ofMinutes(5));
    try (SagaGauges gauges =
        new SagaGauges(registry, operations, Set.of("checkout"), Duration.ofMinutes(1))) {
      assertThat(gauge("eventline.saga.in.flight")).isZero();

      gauges.refresh();
      assertThat(gauge("eventline.saga.in.flight")).isEqualTo(2);
      assertThat(gauge("eventline.saga.stuck")).isEqualTo(1);

      testbed.clock().advance(Duration.ofMinutes(6));
      gauges.refresh();
      assertThat(gauge("eventline.saga.stuck")).isEqualTo(2);
    }
  }

  private RequiredSearch meter(String name) {
    return registry.get(name).tag("type", "checkout");
  }

  private double count(String name) {
    return meter(name).counter().count();
  }

  private double gauge(String name) {
    return meter(name).gauge().value();
  }

  private Timer step(String step, String phase) {
    return meter("eventline.saga.step.latency").tag("step", step).tag("phase", phase).timer();
  }

  /** How often a timer recorded, and the total: "2 in 4.0 s". */
  private static String recorded(Timer timer) {
    return timer.count() + " in " + timer.totalTime(TimeUnit.SECONDS) + " s";
  }
}
