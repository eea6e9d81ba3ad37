package dev.eventline.kit.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.MessagingSchema;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class InboxIntegrationTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final EventIdGenerator ids = EventIdGenerator.systemDefault();
  private final Inbox inbox = new Inbox("payments", Clock.fixed(NOW, ZoneOffset.UTC));
  private final TestDatabase database;

  InboxIntegrationTest(TestDatabase database) {
    this.database = database;
  }

  @BeforeEach
  void freshTables() throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      MessagingSchema.install(connection);
      statement.execute("TRUNCATE eventline_inbox");
      statement.execute("CREATE TABLE IF NOT EXISTS wallet (id int PRIMARY KEY, cents bigint)");
      statement.execute("TRUNCATE wallet");
      statement.execute("INSERT INTO wallet VALUES (1, 0)");
    }
  }

  @Test
  void anEventDeliveredTwiceIsAppliedOnce() throws SQLException {
    EventId deposit = ids.next();

    assertThat(deliver(deposit, 500)).isEqualTo(Delivery.FIRST);
    assertThat(deliver(deposit, 500)).isEqualTo(Delivery.DUPLICATE);

    assertThat(balance()).isEqualTo(500);
    assertThat(inbox.duplicatesSkipped()).isEqualTo(1);
  }

  @Test
  void anEffectThatRolledBackLeavesTheEventToItsNextDelivery() throws SQLException {
    EventId deposit = ids.next();
    try (Connection transaction = database.connect()) {
      transaction.setAutoCommit(false);
      assertThat(inbox.receive(transaction, deposit)).isEqualTo(Delivery.FIRST);
      transaction.rollback();
    }

    assertThat(deliver(deposit, 500)).isEqualTo(Delivery.FIRST);
    assertThat(balance()).isEqualTo(500);
  }

  @Test
  void twoConcurrentDeliveriesOfOneEventApplyItOnce() throws Exception {
    EventId deposit = ids.next();
    CountDownLatch firstRecorded = new CountDownLatch(1);
    CountDownLatch secondWaiting = new CountDownLatch(1);

    // Two threads of their own: the common pool may have only one on a small machine.
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CompletableFuture<Delivery> first =
        CompletableFuture.supplyAsync(
            () -> {
              try (Connection transaction = database.connect()) {
                transaction.setAutoCommit(false);
                Delivery delivery = inbox.receive(transaction, deposit);
                applyDeposit(transaction, 500);
                firstRecorded.countDown();
                // Commit only once the second delivery is on its way, so they truly overlap.
                secondWaiting.await(30, TimeUnit.SECONDS);
                transaction.commit();
                return delivery;
              } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            },
            threads);
    firstRecorded.await(30, TimeUnit.SECONDS);
    CompletableFuture<Delivery> second =
        CompletableFuture.supplyAsync(
            () -> {
              secondWaiting.countDown();
              try {
                return deliver(deposit, 500);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            },
            threads);

    assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)))
        .containsExactlyInAnyOrder(Delivery.FIRST, Delivery.DUPLICATE);
    threads.shutdown();
    assertThat(balance()).isEqualTo(500);
  }

  @Test
  void eachConsumerGroupAppliesTheEventOnce() throws SQLException {
    EventId deposit = ids.next();
    Inbox notifications = new Inbox("notifications", Clock.fixed(NOW, ZoneOffset.UTC));

    try (Connection connection = database.connect()) {
      assertThat(inbox.receive(connection, deposit)).isEqualTo(Delivery.FIRST);
      assertThat(notifications.receive(connection, deposit)).isEqualTo(Delivery.FIRST);
      assertThat(notifications.receive(connection, deposit)).isEqualTo(Delivery.DUPLICATE);
    }
  }

  @Test
  void pruningForgetsOnlyEventsOlderThanTheRetention() throws SQLException {
    Inbox lastWeek =
        new Inbox("payments", Clock.fixed(NOW.minus(Duration.ofDays(8)), ZoneOffset.UTC));
    EventId old = ids.next();
    EventId recent = ids.next();
    try (Connection connection = database.connect()) {
      lastWeek.receive(connection, old);
      inbox.receive(connection, recent);

      assertThat(inbox.prune(connection, Duration.ofDays(7))).isEqualTo(1);
      assertThat(inbox.receive(connection, recent)).isEqualTo(Delivery.DUPLICATE);
      assertThat(inbox.receive(connection, old)).isEqualTo(Delivery.FIRST);
    }
  }

  private Delivery deliver(EventId event, long cents) throws SQLException {
    try (Connection transaction = database.connect()) {
      transaction.setAutoCommit(false);
      Delivery delivery = inbox.receive(transaction, event);
      if (delivery == Delivery.FIRST) {
        applyDeposit(transaction, cents);
      }
      transaction.commit();
      return delivery;
    }
  }

  private static void applyDeposit(Connection transaction, long cents) throws SQLException {
    try (Statement statement = transaction.createStatement()) {
      statement.executeUpdate("UPDATE wallet SET cents = cents + " + cents + " WHERE id = 1");
    }
  }

  private long balance() throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT cents FROM wallet WHERE id = 1")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
