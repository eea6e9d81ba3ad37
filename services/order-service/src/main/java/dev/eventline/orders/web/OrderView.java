package dev.eventline.orders.web;

import dev.eventline.orders.Order;
import dev.eventline.orders.OrderItem;
import dev.eventline.orders.OrderStatus;
import dev.eventline.orders.api.CancellationReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as its customer sees it ({@code GET /api/orders/{id}}, and each of a page).
 *
 * @param cancellationReason null unless the order is CANCELLED
 */
record OrderView(
    UUID orderId,
    OrderStatus status,
    CancellationReason cancellationReason,
    long totalCents,
    List<ItemView> items,
    Instant createdAt,
    Instant updatedAt) {

  record ItemView(String sku, int quantity, long unitPriceCents) {
    static ItemView of(OrderItem item) {
      return new ItemView(item.sku(), item.quantity(), item.unitPriceCents());
    }
  }

  static OrderView of(Order order) {
    return new OrderView(
        order.id(),
        order.status(),
        order.cancellationReason().orElse(null),
        order.totalCents(),
        order.items().stream().map(ItemView::of).toList(),
        order.createdAt(),
        order.updatedAt());
  }
}
