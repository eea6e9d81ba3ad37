package dev.eventline.payments.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.payments.ConflictingDeposit;
import dev.eventline.payments.Payment;
import dev.eventline.payments.PaymentStatus;
import dev.eventline.payments.api.ChargePayment;
import dev.eventline.payments.api.PaymentMessages;
import dev.eventline.payments.application.DepositReceipt;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Wallets, deposits and charges on the real PostgreSQL, through the use cases the HTTP API and the
 * Kafka consumer call, many at once where it matters.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletIntegrationTest {
  private static final int RACERS = 20;

  private final OrderSagaStandIn orders;
  private final RunningPaymentService service;

  WalletIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.orders = new OrderSagaStandIn(kafka);
    // A connection for every racer, so that the database, not the pool, decides the races.
    this.service =
        RunningPaymentService.start(
            database,
            kafka,
            orders,
            Map.of("spring.datasource.hikari.maximum-pool-size", RACERS + 4));
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    orders.close();
  }

  @Test
  void aDepositIsAddedOncePerIdempotencyKey() {
    String user = newUser();

    DepositReceipt first = service.wallets().deposit(user, "top-up-1", 5_000);
    DepositReceipt again = service.wallets().deposit(user, "top-up-1", 5_000);

    assertThat(first.repeated()).isFalse();
    assertThat(first.wallet().balanceCents()).isEqualTo(5_000);
    assertThat(again.repeated()).isTrue();
    assertThat(again.deposit()).isEqualTo(first.deposit());
    assertThat(again.wallet().balanceCents()).isEqualTo(5_000);
    assertThat(service.wallets().deposit(user, "top-up-2", 5_000).wallet().balanceCents())
        .isEqualTo(10_000);
  }

  @Test
  void anIdempotencyKeyUsedAgainForAnotherAmountIsRefusedAndAddsNothing() {
    String user = newUser();
    service.wallets().deposit(user, "top-up-1", 5_000);

    assertThatThrownBy(() -> service.wallets().deposit(user, "top-up-1", 7_000))
        .isInstanceOf(ConflictingDeposit.class);

    assertThat(service.balance(user)).isEqualTo(5_000);
  }

  @Test
  void anotherUsersIdempotencyKeyIsTheirOwn() {
    String alice = newUser();
    String bob = newUser();

    service.wallets().deposit(alice, "top-up-1", 5_000);
    service.wallets().deposit(bob, "top-up-1", 7_000);

    assertThat(service.balance(alice)).isEqualTo(5_000);
    assertThat(service.balance(bob)).isEqualTo(7_000);
  }

  @Test
  void oneDepositSentManyTimesAtOnceIsAddedOnce() throws Exception {
    String user = newUser();

    List<DepositReceipt> receipts =
        race(RACERS, racer -> () -> service.wallets().deposit(user, "top-up-1", 1_000));

    assertThat(receipts).filteredOn(receipt -> !receipt.repeated()).hasSize(1);
    assertThat(service.balance(user)).isEqualTo(1_000);
  }

  @Test
  void twentyChargesRacingForAWalletThatCoversTenNeverTakeItBelowZero() throws Exception {
    String user = newUser();
    service.wallets().deposit(user, "top-up-1", 10 * 500);
    List<UUID> orderIds = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      orderIds.add(UUID.randomUUID());
    }

    race(RACERS, racer -> () -> charge(orderIds.get(racer), user, 500));

    assertThat(service.balance(user)).isZero();
    assertThat(orderIds)
        .extracting(order -> service.payment(order).status())
        .containsOnly(PaymentStatus.CHARGED, PaymentStatus.DECLINED)
        .filteredOn(status -> status == PaymentStatus.CHARGED)
        .hasSize(10);
  }

  @Test
  void twoDeliveriesOfOneChargeRacingEachOtherTakeTheMoneyOnce() throws Exception {
    String user = newUser();
    service.wallets().deposit(user, "top-up-1", 5_000);
    UUID order = UUID.randomUUID();

    // The loser of the race fails on the order's primary key and rolls back its debit; the
    // consumer would try it again, and the retry answers from the winner's payment.
    List<Object> outcomes = race(2, racer -> () -> chargeOrFailure(order, user, 2_000));
    for (Object outcome : outcomes) {
      if (outcome instanceof DataIntegrityViolationException) {
        charge(order, user, 2_000);
      }
    }

    assertThat(service.balance(user)).isEqualTo(3_000);
    assertThat(service.payment(order))
        .isEqualTo(new Payment(order, user, PaymentStatus.CHARGED, 2_000));
  }

  @Test
  void theDatabaseRefusesABalanceBelowZeroWhateverTheCodeDoes() {
    String user = newUser();
    service.wallets().deposit(user, "top-up-1", 100);

    assertThatThrownBy(
            () ->
                service
                    .jdbc()
                    .sql("UPDATE wallets SET balance_cents = balance_cents - 101 WHERE user_id = ?")
                    .param(user)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("balance_cents");
    assertThat(service.balance(user)).isEqualTo(100);
  }

  /** Handles a charge as the consumer does: in a transaction of its own. */
  private Object charge(UUID orderId, String userId, long cents) {
    ChargePayment charge = new ChargePayment(orderId, userId, cents);
    service
        .transactions()
        .executeWithoutResult(status -> service.payments().handle(charge, as(charge)));
    return charge;
  }

  private Object chargeOrFailure(UUID orderId, String userId, long cents) {
    try {
      return charge(orderId, userId, cents);
    } catch (DataIntegrityViolationException lostTheRace) {
      return lostTheRace;
    }
  }

  private static EventAttributes as(ChargePayment charge) {
    return new EventAttributes(
        EventIdGenerator.systemDefault().next(),
        URI.create("/services/orders"),
        PaymentMessages.CHARGE_PAYMENT.name(),
        PaymentMessages.CHARGE_PAYMENT.version(),
        Instant.now(),
        charge.orderId().toString(),
        "order-" + charge.orderId(),
        Optional.empty(),
        Optional.empty());
  }

  /** Runs {@code racers} tasks that all start at the same moment; returns what each returned. */
  private static <T> List<T> race(int racers, Racer<T> racer) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(racers);
    try {
      List<Future<T>> results = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        Callable<T> task = racer.task(i);
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> outcomes = new ArrayList<>();
      for (Future<T> result : results) {
        outcomes.add(result.get(30, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface Racer<T> {
    Callable<T> task(int racer);
  }

  private static String newUser() {
    return "user-" + UUID.randomUUID();
  }
}
