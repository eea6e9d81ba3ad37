package dev.eventline.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.cli.client.AcceptedOrder;
import dev.eventline.cli.client.CancellationReason;
import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.OrderLine;
import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.client.Payment;
import dev.eventline.cli.client.PaymentStatus;
import dev.eventline.cli.invariants.InvariantReport;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The place-order saga across the three services, through their HTTP APIs. */
@ExtendWith(RunningSystem.Extension.class)
class PlaceOrderEndToEndTest {
  private Shop shop;

  @BeforeEach
  void openShop(RunningSystem system) {
    shop = new Shop(system);
  }

  @AfterEach
  void everyInvariantHolds() {
    InvariantReport report = shop.invariants();
    assertThat(report.allPassed()).as(report.toString()).isTrue();
  }

  @Test
  void anOrderTheWalletAndTheStockCoverCompletesTakingTheMoneyAndTheUnits() {
    String mug = shop.product(1_200, 5);
    CustomerClient alice = shop.customer(5_000);

    AcceptedOrder accepted = shop.place(alice, mug, 2);
    OrderView order = Shop.finished(alice, accepted.orderId());

    assertThat(accepted.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(accepted.totalCents()).isEqualTo(2_400);
    assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(order.reason()).isEmpty();
    assertThat(alice.balanceCents()).isEqualTo(2_600);
    assertThat(shop.available(alice, mug)).isEqualTo(3);
    assertThat(shop.admin().payment(order.orderId()))
        .contains(new Payment(order.orderId(), alice.userId(), PaymentStatus.CHARGED, 2_400));
  }

  @Test
  void anOrderTheWalletCannotCoverIsCancelledAsDeclinedAndTakesNoStock() {
    String lamp = shop.product(4_000, 5);
    CustomerClient bob = shop.customer(1_000);

    OrderView order = Shop.finished(bob, shop.place(bob, lamp, 1).orderId());

    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.reason()).contains(CancellationReason.PAYMENT_DECLINED);
    assertThat(bob.balanceCents()).isEqualTo(1_000);
    assertThat(shop.available(bob, lamp)).isEqualTo(5);
    assertThat(shop.admin().payment(order.orderId()).map(Payment::status))
        .contains(PaymentStatus.DECLINED);
  }

  @Test
  void anOrderThatFindsNoStockAfterItWasPaidIsCancelledAndRefundedExactlyOnce() {
    String soldOut = shop.product(700, 0);
    CustomerClient carol = shop.customer(2_000);

    OrderView order = Shop.finished(carol, shop.place(carol, soldOut, 1).orderId());

    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.reason()).contains(CancellationReason.OUT_OF_STOCK);
    // Charged, then refunded once: the balance is back where it was, not above it.
    assertThat(carol.balanceCents()).isEqualTo(2_000);
    assertThat(shop.admin().payment(order.orderId()))
        .contains(new Payment(order.orderId(), carol.userId(), PaymentStatus.REFUNDED, 700));
    assertThat(shop.available(carol, soldOut)).isZero();
  }

  @Test
  void fiftyConcurrentOrdersForTheLastTenUnitsSellExactlyTen() throws Exception {
    String lastTen = shop.product(300, 10);
    List<CustomerClient> buyers =
        IntStream.range(0, 50).mapToObj(i -> shop.customer(1_000)).toList();
    shop.awaitSellable(lastTen);

    List<AcceptedOrder> accepted = concurrently(buyers, buyer -> shop.place(buyer, lastTen, 1));
    List<OrderView> orders =
        IntStream.range(0, buyers.size())
            .mapToObj(i -> Shop.finished(buyers.get(i), accepted.get(i).orderId()))
            .toList();

    assertThat(orders).filteredOn(order -> order.status() == OrderStatus.COMPLETED).hasSize(10);
    assertThat(orders)
        .filteredOn(order -> order.status() == OrderStatus.CANCELLED)
        .hasSize(40)
        .allMatch(order -> order.reason().equals(Optional.of(CancellationReason.OUT_OF_STOCK)));
    assertThat(shop.available(buyers.getFirst(), lastTen)).isZero();
    for (int i = 0; i < buyers.size(); i++) {
      long expected = orders.get(i).status() == OrderStatus.COMPLETED ? 700 : 1_000;
      assertThat(buyers.get(i).balanceCents()).as(buyers.get(i).userId()).isEqualTo(expected);
    }
  }

  @Test
  void theSamePostTwiceWithOneIdempotencyKeyPlacesOneOrder() {
    String pen = shop.product(250, 100);
    CustomerClient dave = shop.customer(10_000);
    shop.awaitSellable(pen);
    List<OrderLine> lines = List.of(new OrderLine(pen, 4));

    AcceptedOrder first = dave.placeOrder(lines, Optional.of("checkout-42"));
    AcceptedOrder again = dave.placeOrder(lines, Optional.of("checkout-42"));
    Shop.finished(dave, first.orderId());

    assertThat(again.orderId()).isEqualTo(first.orderId());
    assertThat(dave.allOrders()).extracting(OrderView::orderId).containsOnlyOnce(first.orderId());
    assertThat(dave.allOrders()).hasSize(1);
    assertThat(dave.balanceCents()).isEqualTo(10_000 - 1_000);
  }

  interface Placing<T> {
    T place(CustomerClient customer);
  }

  private static <T> List<T> concurrently(List<CustomerClient> customers, Placing<T> placing)
      throws Exception {
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<T>> futures =
          customers.stream()
              .map(customer -> threads.submit((Callable<T>) () -> placing.place(customer)))
              .toList();
      return futures.stream().map(PlaceOrderEndToEndTest::join).toList();
    }
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
