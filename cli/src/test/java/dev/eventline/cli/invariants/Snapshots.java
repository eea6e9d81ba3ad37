package dev.eventline.cli.invariants;

import dev.eventline.cli.client.CancellationReason;
import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.client.Payment;
import dev.eventline.cli.client.PaymentStatus;
import dev.eventline.cli.client.Saga;
import dev.eventline.cli.client.SagaHistoryLine;
import dev.eventline.cli.client.SagaState;
import dev.eventline.cli.client.WalletStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Hand-made snapshots: {@link #consistent()} is a small system where everything adds up; the {@code
 * with...} methods change one thing in it.
 */
public final class Snapshots {
  public static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

  public static final UUID ALICE_COMPLETED =
      UUID.fromString("00000000-0000-7000-8000-000000000001");
  public static final UUID ALICE_OUT_OF_STOCK =
      UUID.fromString("00000000-0000-7000-8000-000000000002");
  public static final UUID BOB_DECLINED = UUID.fromString("00000000-0000-7000-8000-000000000003");

  private Snapshots() {}

  /**
   * Alice deposits 20,000, buys two mugs at 1,000 and pays 3,000 for a lamp that runs out after
   * payment (refunded): 18,000 left. Bob deposits 300 and is declined a 1,000 mug. Ten mugs were
   * stocked, eight are left; the one lamp was sold before. Three bad messages went to a .dlq.
   */
  public static SystemSnapshot consistent() {
    UserSnapshot alice =
        new UserSnapshot(
            new WalletStatement("alice", 18_000, 20_000),
            List.of(
                completed(ALICE_COMPLETED, "alice", "MUG", 2, 1_000),
                outOfStock(ALICE_OUT_OF_STOCK, "alice", "LAMP", 1, 3_000)));
    UserSnapshot bob =
        new UserSnapshot(
            new WalletStatement("bob", 300, 300),
            List.of(declined(BOB_DECLINED, "bob", "MUG", 1, 1_000)));
    return new SystemSnapshot(
        List.of(alice, bob),
        List.of(new SkuSnapshot("MUG", 10, 8), new SkuSnapshot("LAMP", 0, 0)),
        List.of(deadLetter(0, "e-1"), deadLetter(1, "e-2"), deadLetter(2, "e-3")),
        Set.of("e-1", "e-2", "e-3"));
  }

  public static OrderSnapshot completed(
      UUID id, String user, String sku, int quantity, long price) {
    OrderView order = order(id, OrderStatus.COMPLETED, null, sku, quantity, price);
    return new OrderSnapshot(
        order,
        payment(id, user, PaymentStatus.CHARGED, quantity * price),
        saga(
            id,
            SagaState.COMPLETED,
            "complete-order",
            start(),
            line(SagaState.RUNNING, "charge-payment", SagaState.RUNNING, "reserve-stock"),
            line(SagaState.RUNNING, "reserve-stock", SagaState.COMPLETED, "complete-order")));
  }

  public static OrderSnapshot outOfStock(
      UUID id, String user, String sku, int quantity, long price) {
    OrderView order =
        order(id, OrderStatus.CANCELLED, CancellationReason.OUT_OF_STOCK, sku, quantity, price);
    return new OrderSnapshot(
        order,
        payment(id, user, PaymentStatus.REFUNDED, quantity * price),
        saga(
            id,
            SagaState.COMPENSATED,
            "charge-payment",
            start(),
            line(SagaState.RUNNING, "charge-payment", SagaState.RUNNING, "reserve-stock"),
            line(SagaState.RUNNING, "reserve-stock", SagaState.COMPENSATING, "charge-payment"),
            line(
                SagaState.COMPENSATING,
                "charge-payment",
                SagaState.COMPENSATED,
                "charge-payment")));
  }

  public static OrderSnapshot declined(UUID id, String user, String sku, int quantity, long price) {
    OrderView order =
        order(id, OrderStatus.CANCELLED, CancellationReason.PAYMENT_DECLINED, sku, quantity, price);
    return new OrderSnapshot(
        order,
        payment(id, user, PaymentStatus.DECLINED, quantity * price),
        saga(
            id,
            SagaState.COMPENSATED,
            "charge-payment",
            start(),
            line(SagaState.RUNNING, "charge-payment", SagaState.COMPENSATED, "charge-payment")));
  }

  public static OrderView order(
      UUID id,
      OrderStatus status,
      CancellationReason reason,
      String sku,
      int quantity,
      long price) {
    return new OrderView(
        id,
        status,
        reason,
        quantity * price,
        List.of(new OrderView.Item(sku, quantity, price)),
        T0,
        T0.plusMillis(250));
  }

  public static Optional<Payment> payment(UUID id, String user, PaymentStatus status, long amount) {
    return Optional.of(new Payment(id, user, status, amount));
  }

  public static Optional<Saga> saga(
      UUID id, SagaState state, String step, SagaHistoryLine... history) {
    return Optional.of(
        new Saga(
            id,
            "place-order",
            1,
            state,
            step,
            1,
            "demo-1",
            T0,
            T0.plusMillis(250),
            null,
            List.of(history)));
  }

  public static SagaHistoryLine start() {
    return new SagaHistoryLine(
        null, null, SagaState.RUNNING, "charge-payment", "started", null, T0);
  }

  public static SagaHistoryLine line(SagaState from, String fromStep, SagaState to, String toStep) {
    return new SagaHistoryLine(from, fromStep, to, toStep, "reply", null, T0.plusMillis(100));
  }

  public static FoundDeadLetter deadLetter(int offset, String eventId) {
    return new FoundDeadLetter("payments.completed.dlq:0:" + offset, Optional.of(eventId));
  }

  /** The snapshot with the order {@code id} changed by {@code change}. */
  public static SystemSnapshot withOrder(
      SystemSnapshot snapshot, UUID id, UnaryOperator<OrderSnapshot> change) {
    List<UserSnapshot> users = new ArrayList<>();
    for (UserSnapshot user : snapshot.users()) {
      users.add(
          new UserSnapshot(
              user.wallet(),
              user.orders().stream()
                  .map(order -> order.order().orderId().equals(id) ? change.apply(order) : order)
                  .toList()));
    }
    return new SystemSnapshot(
        users, snapshot.skus(), snapshot.deadLetters(), snapshot.injectedEventIds());
  }

  /** The snapshot with the wallet of {@code userId} replaced. */
  public static SystemSnapshot withWallet(SystemSnapshot snapshot, WalletStatement wallet) {
    List<UserSnapshot> users =
        snapshot.users().stream()
            .map(
                user ->
                    user.userId().equals(wallet.userId())
                        ? new UserSnapshot(wallet, user.orders())
                        : user)
            .toList();
    return new SystemSnapshot(
        users, snapshot.skus(), snapshot.deadLetters(), snapshot.injectedEventIds());
  }

  public static SystemSnapshot withSkus(SystemSnapshot snapshot, SkuSnapshot... skus) {
    return new SystemSnapshot(
        snapshot.users(), List.of(skus), snapshot.deadLetters(), snapshot.injectedEventIds());
  }

  public static SystemSnapshot withDeadLetters(SystemSnapshot snapshot, FoundDeadLetter... found) {
    return new SystemSnapshot(
        snapshot.users(), snapshot.skus(), List.of(found), snapshot.injectedEventIds());
  }

  public static OrderSnapshot withPayment(OrderSnapshot order, Optional<Payment> payment) {
    return new OrderSnapshot(order.order(), payment, order.saga());
  }

  public static OrderSnapshot withSaga(OrderSnapshot order, Optional<Saga> saga) {
    return new OrderSnapshot(order.order(), order.payment(), saga);
  }

  public static OrderSnapshot withStatus(OrderSnapshot order, OrderStatus status) {
    OrderView view = order.order();
    return new OrderSnapshot(
        new OrderView(
            view.orderId(),
            status,
            status == OrderStatus.CANCELLED ? view.cancellationReason() : null,
            view.totalCents(),
            view.items(),
            view.createdAt(),
            view.updatedAt()),
        order.payment(),
        order.saga());
  }
}
