package dev.eventline.kit.saga.engine;

import static dev.eventline.kit.saga.checkout.CheckoutMessages.CHARGE_PAYMENT;
import static dev.eventline.kit.saga.checkout.CheckoutMessages.RESERVE_STOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.kit.saga.Transition;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentCharged;
import dev.eventline.kit.saga.checkout.CheckoutSaga;
import dev.eventline.kit.saga.checkout.Testbed;
import dev.eventline.kit.saga.store.SagaConflictException;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two deliveries of one reply, in two real transactions on two threads at once. */
@RealInfrastructure
class ConcurrentRepliesIntegrationTest {
  private final TestDatabase database;
  private final Testbed testbed;

  ConcurrentRepliesIntegrationTest(TestDatabase database) throws SQLException {
    this.database = database;
    this.testbed = new Testbed(database, CheckoutSaga.V1);
  }

  @Test
  void twoConcurrentDeliveriesOfOneReplyApplyItExactlyOnce() throws Exception {
    UUID saga = testbed.start("order-1");
    PaymentCharged charged = new PaymentCharged("payment-1");
    CountDownLatch firstApplied = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);

    CompletableFuture<Optional<Transition<?>>> first =
        CompletableFuture.supplyAsync(
            () -> deliverHolding(saga, charged, firstApplied, commitFirst), threads);
    firstApplied.await(30, TimeUnit.SECONDS);
    // The second loads the saga as the first found it (the first has not committed) ...
    CompletableFuture<Optional<Transition<?>>> second =
        CompletableFuture.supplyAsync(
            () -> deliverHolding(saga, charged, new CountDownLatch(1), new CountDownLatch(0)),
            threads);
    // ... and waits on the first's row lock to save over it; only then does the first commit.
    await().atMost(Duration.ofSeconds(30)).until(this::aTransactionWaitsForALock);
    commitFirst.countDown();

    assertThat(first.get(30, TimeUnit.SECONDS))
        .hasValueSatisfying(t -> assertThat(t.acted()).isTrue());
    assertThat(second)
        .failsWithin(Duration.ofSeconds(30))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(SagaConflictException.class);
    threads.shutdown();

    // The second delivery, tried again, meets the saga as it is now: a duplicate, recorded.
    assertThat(testbed.reply(saga, charged))
        .hasValueSatisfying(t -> assertThat(t.acted()).isFalse());
    assertThat(testbed.commandTypes(saga)).containsExactly(CHARGE_PAYMENT, RESERVE_STOCK);
    assertThat(testbed.saga(saga).lockVersion()).isEqualTo(1);
    assertThat(testbed.causes(saga))
        .containsExactly(
            "started",
            "reply PaymentCharged completed step charge-payment",
            "ignored reply PaymentCharged: not awaited by RUNNING reserve-stock");
  }

  private Optional<Transition<?>> deliverHolding(
      UUID saga, PaymentCharged reply, CountDownLatch applied, CountDownLatch commit) {
    try (Connection transaction = database.connect()) {
      transaction.setAutoCommit(false);
      try {
        Optional<Transition<?>> result =
            testbed.engine().onReply(transaction, testbed.replyTo(saga, reply), reply);
        applied.countDown();
        commit.await(30, TimeUnit.SECONDS);
        transaction.commit();
        return result;
      } catch (RuntimeException e) {
        transaction.rollback();
        throw e;
      }
    } catch (SQLException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private boolean aTransactionWaitsForALock() throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet waiting =
            statement.executeQuery(
                "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
      waiting.next();
      return waiting.getInt(1) > 0;
    }
  }
}
