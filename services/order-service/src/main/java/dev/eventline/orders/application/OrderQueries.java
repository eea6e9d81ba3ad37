package dev.eventline.orders.application;

import dev.eventline.orders.InvalidOrderException;
import dev.eventline.orders.Order;
import dev.eventline.orders.OrderPage;
import dev.eventline.orders.OrderStatus;
import dev.eventline.orders.Orders;
import java.util.Optional;
import java.util.UUID;

/** Reads a customer's orders; nobody sees another customer's. */
public final class OrderQueries {
  public static final int MAX_PAGE_SIZE = 100;

  private final Orders orders;

  public OrderQueries(Orders orders) {
    this.orders = orders;
  }

  /** The order, if it is {@code userId}'s: another customer's order is as good as absent (404). */
  public Optional<Order> order(String userId, UUID orderId) {
    return orders.find(orderId).filter(order -> order.userId().equals(userId));
  }

  /**
   * The customer's orders, newest first, optionally of one status.
   *
   * @throws InvalidOrderException when {@code page} is negative or {@code size} not 1 to {@value
   *     #MAX_PAGE_SIZE} (400)
   */
  public OrderPage orders(String userId, Optional<OrderStatus> status, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidOrderException(
          "page must be 0 or more and size 1 to " + MAX_PAGE_SIZE + ", not " + page + "/" + size);
    }
    return orders.ofUser(userId, status, page, size);
  }
}
