package dev.eventline.orders.web;

import dev.eventline.orders.Order;
import dev.eventline.orders.OrderStatus;
import java.util.UUID;

/** The body of a 202 to {@code POST /api/orders}: the order's id, status now, and its total. */
record AcceptedOrderView(UUID orderId, OrderStatus status, long totalCents) {
  static AcceptedOrderView of(Order order) {
    return new AcceptedOrderView(order.id(), order.status(), order.totalCents());
  }
}
