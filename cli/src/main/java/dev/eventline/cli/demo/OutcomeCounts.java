package dev.eventline.cli.demo;

import dev.eventline.cli.client.CancellationReason;
import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.OrderView;
import dev.eventline.cli.client.PaymentStatus;
import dev.eventline.cli.invariants.OrderSnapshot;
import dev.eventline.cli.invariants.SystemSnapshot;
import java.util.List;

/**
 * The orders of a snapshot by outcome, as the order service says, and the refunds the payment
 * service made.
 *
 * @param otherwiseCancelled cancelled without one of the two known reasons (should stay 0)
 */
public record OutcomeCounts(
    int completed, int declined, int outOfStock, int otherwiseCancelled, int pending, int refunds) {

  public static OutcomeCounts of(SystemSnapshot snapshot) {
    List<OrderSnapshot> orders = snapshot.orders().toList();
    return new OutcomeCounts(
        count(orders, OrderStatus.COMPLETED, null),
        count(orders, OrderStatus.CANCELLED, CancellationReason.PAYMENT_DECLINED),
        count(orders, OrderStatus.CANCELLED, CancellationReason.OUT_OF_STOCK),
        (int)
            orders.stream()
                .map(OrderSnapshot::order)
                .filter(o -> o.status() == OrderStatus.CANCELLED && o.reason().isEmpty())
                .count(),
        count(orders, OrderStatus.PENDING, null),
        (int)
            orders.stream()
                .filter(
                    o -> o.payment().map(p -> p.status() == PaymentStatus.REFUNDED).orElse(false))
                .count());
  }

  public int total() {
    return completed + declined + outOfStock + otherwiseCancelled + pending;
  }

  public int finished() {
    return total() - pending;
  }

  private static int count(
      List<OrderSnapshot> orders, OrderStatus status, CancellationReason reason) {
    return (int)
        orders.stream()
            .map(OrderSnapshot::order)
            .filter(o -> o.status() == status)
            .filter(o -> reason == null || reason == o.cancellationReason())
            .map(OrderView::orderId)
            .count();
  }
}
