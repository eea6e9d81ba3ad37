package dev.eventline.kit.saga.engine;

import static dev.eventline.kit.saga.checkout.CheckoutMessages.CHARGE_PAYMENT;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.REFUND_PAYMENT;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.RELEASE_STOCK;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.RESERVE_STOCK;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.SHIP_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.Transition;
import dev.eventline.kit.saga.checkout.CheckoutMessages.OrderShipped;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentCharged;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentRefunded;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockReleased;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockReserved;
import dev.eventline.kit.saga.checkout.CheckoutSaga;
import dev.eventline.kit.saga.checkout.Testbed;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Durable deadlines, fired by the scheduler on a clock the test moves. */
@RealInfrastructure
class SagaDeadlinesIntegrationTest {
  private final Testbed testbed;

  SagaDeadlinesIntegrationTest(TestDatabase database) throws SQLException {
    this.testbed = new Testbed(database, CheckoutSaga.V1);
  }

  @Test
  void aTimedOutStepIsSentAgainThenCompensated() throws SQLException {
    SagaDeadlines deadlines = testbed.deadlines();
    UUID saga = testbed.start("order-1");
    testbed.reply(saga, new PaymentCharged("payment-1"));

    testbed.clock().advance(CheckoutSaga.TIMEOUT);
    assertThat(deadlines.fireDue()).isEqualTo(1);
    assertThat(testbed.causes(saga)).last().isEqualTo("timeout: resent reserve-stock (attempt 2)");

    // The second attempt waits the timeout plus a backoff of a second.
    testbed.clock().advance(CheckoutSaga.TIMEOUT);
    assertThat(deadlines.fireDue()).isZero();
    testbed.clock().advance(Duration.ofSeconds(1));
    assertThat(deadlines.fireDue()).isEqualTo(1);
    assertThat(testbed.saga(saga).state()).isEqualTo(SagaState.COMPENSATING);

    // Too late: the stock was reserved after all, but the saga has given up on it.
    testbed.reply(saga, new StockReserved());
    testbed.reply(saga, new StockReleased());
    testbed.reply(saga, new PaymentRefunded());

    assertThat(testbed.commandTypes(saga))
        .containsExactly(
            CHARGE_PAYMENT, RESERVE_STOCK, RESERVE_STOCK, RELEASE_STOCK, REFUND_PAYMENT);
    assertThat(testbed.causes(saga))
        .contains(
            "timeout: step reserve-stock gave up after 2 attempts",
            "ignored reply StockReserved: not awaited by COMPENSATING reserve-stock");
    assertThat(testbed.saga(saga).state()).isEqualTo(SagaState.COMPENSATED);
  }

  @Test
  void aDeadlineNoLongerAwaitedIsRecordedAndChangesNothing() throws SQLException {
    UUID saga = testbed.start("order-2");
    Instant chargeDeadline = testbed.saga(saga).deadline().orElseThrow();
    testbed.clock().advance(Duration.ofSeconds(1));
    testbed.reply(saga, new PaymentCharged("payment-2"));

    Optional<Transition<?>> stale =
        testbed.inTransaction(
            transaction -> testbed.engine().onTimeout(transaction, saga, chargeDeadline));

    assertThat(stale).hasValueSatisfying(transition -> assertThat(transition.acted()).isFalse());
    assertThat(testbed.causes(saga))
        .last()
        .isEqualTo("ignored deadline " + chargeDeadline + ": no longer awaited");
    assertThat(testbed.commandTypes(saga)).containsExactly(CHARGE_PAYMENT, RESERVE_STOCK);
  }

  @Test
  void aRestartedProcessFiresTheDeadlinesTheOldOneLeft() throws SQLException {
    UUID saga;
    try (SagaDeadlines before = testbed.deadlines()) {
      before.start();
      saga = testbed.start("order-3");
      testbed.reply(saga, new PaymentCharged("payment-3"));
    }

    testbed.restart(CheckoutSaga.V1);
    try (SagaDeadlines after = testbed.deadlines()) {
      after.start();
      testbed.clock().advance(CheckoutSaga.TIMEOUT);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> testbed.causes(saga).contains("timeout: resent reserve-stock (attempt 2)"));
    }
    testbed.reply(saga, new StockReserved());
    testbed.reply(saga, new OrderShipped("track-3"));

    assertThat(testbed.commandTypes(saga))
        .containsExactly(CHARGE_PAYMENT, RESERVE_STOCK, RESERVE_STOCK, SHIP_ORDER);
    assertThat(testbed.saga(saga).state()).isEqualTo(SagaState.COMPLETED);
  }

  @Test
  void aDeadlineFiresOnceWhenTwoSchedulersRaceForIt() throws Exception {
    UUID saga = testbed.start("order-4");
    testbed.clock().advance(CheckoutSaga.TIMEOUT);
    SagaDeadlines one = testbed.deadlines();
    SagaDeadlines other = testbed.deadlines();
    ExecutorService threads = Executors.newFixedThreadPool(2);

    Callable<Integer> fireOne = one::fireDue;
    Callable<Integer> fireOther = other::fireDue;
    Future<Integer> first = threads.submit(fireOne);
    Future<Integer> second = threads.submit(fireOther);

    assertThat(first.get() + second.get()).isEqualTo(1);
    threads.shutdown();
    assertThat(testbed.commandTypes(saga)).containsExactly(CHARGE_PAYMENT, CHARGE_PAYMENT);
    assertThat(testbed.causes(saga))
        .containsExactly("started", "timeout: resent charge-payment (attempt 2)");
  }
}
