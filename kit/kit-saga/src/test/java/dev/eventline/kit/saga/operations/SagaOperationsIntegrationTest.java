package dev.eventline.kit.saga.operations;

import static dev.eventline.kit.saga.checkout.CheckoutMessages.CHARGE_PAYMENT;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.REFUND_PAYMENT;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.RESERVE_STOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.SagaTransition;
import dev.eventline.kit.saga.checkout.CheckoutMessages.OrderShipped;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentCharged;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentRefunded;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockReserved;
import dev.eventline.kit.saga.checkout.CheckoutSaga;
import dev.eventline.kit.saga.checkout.Testbed;
import dev.eventline.kit.saga.store.StoredSaga;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Listing, reading and retrying sagas as an operator does. */
@RealInfrastructure
class SagaOperationsIntegrationTest {
  private static final Duration STUCK_AFTER = Duration.ofMinutes(5);

  private final Testbed testbed;
  private final SagaOperations operations;

  SagaOperationsIntegrationTest(TestDatabase database) throws SQLException {
    this.testbed = new Testbed(database, CheckoutSaga.V1);
    this.operations =
        new SagaOperations(testbed.engine(), testbed.transactions(), testbed.clock(), STUCK_AFTER);
  }

  @Test
  void listsInstancesByTypeStateAndAgeOldestFirst() throws SQLException {
    UUID failed = testbed.compensationFailed("order-1");
    testbed.clock().advance(Duration.ofHours(1));
    UUID running = testbed.start("order-2");
    testbed.clock().advance(Duration.ofSeconds(1));
    UUID completed = completed("order-3");

    assertThat(ids(SagaQuery.all())).containsExactly(failed, running, completed);
    assertThat(ids(SagaQuery.all().inState(SagaState.COMPENSATION_FAILED))).containsExactly(failed);
    assertThat(ids(SagaQuery.all().inState(SagaState.RUNNING, SagaState.COMPLETED)))
        .containsExactly(running, completed);
    assertThat(ids(SagaQuery.all().olderThan(Duration.ofMinutes(30)))).containsExactly(failed);
    assertThat(ids(SagaQuery.all().ofType("checkout").limit(2))).containsExactly(failed, running);
    assertThat(ids(SagaQuery.all().ofType("refund-order"))).isEmpty();
  }

  @Test
  void aSagaIsStuckWhenItsCompensationFailedOrNothingMovedItForTooLong() throws SQLException {
    UUID failed = testbed.compensationFailed("order-4");
    UUID running = testbed.start("order-5");
    completed("order-6");

    assertThat(ids(SagaQuery.all().stuck())).containsExactly(failed);

    testbed.clock().advance(STUCK_AFTER.plusSeconds(1));
    assertThat(ids(SagaQuery.all().stuck())).containsExactly(failed, running);
  }

  @Test
  void readsOneInstancesHistoryOldestFirst() throws SQLException {
    UUID failed = testbed.compensationFailed("order-7");

    assertThat(operations.history(failed))
        .extracting(SagaTransition::cause)
        .containsExactly(
            "started",
            "reply PaymentCharged completed step charge-payment",
            "reply StockUnavailable failed step reserve-stock",
            "retried the compensation of charge-payment (attempt 2)",
            "the compensation of charge-payment failed 2 times");
    assertThat(operations.history(UUID.randomUUID())).isEmpty();
  }

  @Test
  void anOperatorRetryRevivesACompensationFailedSaga() throws SQLException {
    UUID failed = testbed.compensationFailed("order-8");

    operations.retry(failed);

    StoredSaga retried = operations.find(failed).orElseThrow();
    assertThat(retried.state()).isEqualTo(SagaState.COMPENSATING);
    assertThat(retried.attempt()).isEqualTo(1);
    assertThat(testbed.commandTypes(failed))
        .containsExactly(
            CHARGE_PAYMENT, RESERVE_STOCK, REFUND_PAYMENT, REFUND_PAYMENT, REFUND_PAYMENT);

    testbed.reply(failed, new PaymentRefunded());
    assertThat(operations.find(failed).orElseThrow().state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(ids(SagaQuery.all().stuck())).isEmpty();
  }

  @Test
  void refusesToRetryAFinishedOrUnknownSaga() throws SQLException {
    UUID completed = completed("order-9");

    assertThatThrownBy(() -> operations.retry(completed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is COMPLETED");
    assertThatThrownBy(() -> operations.retry(UUID.randomUUID()))
        .isInstanceOf(NoSuchElementException.class);
  }

  private UUID completed(String orderId) throws SQLException {
    UUID saga = testbed.start(orderId);
    testbed.reply(saga, new PaymentCharged("payment-" + orderId));
    testbed.reply(saga, new StockReserved());
    testbed.reply(saga, new OrderShipped("track-" + orderId));
    return saga;
  }

  private List<UUID> ids(SagaQuery query) throws SQLException {
    return operations.list(query).stream().map(StoredSaga::id).toList();
  }
}
