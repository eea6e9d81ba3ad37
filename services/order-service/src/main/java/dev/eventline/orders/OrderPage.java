package dev.eventline.orders;

import java.util.List;

/** One page of a customer's orders, newest first; {@code total} counts every page. */
public record OrderPage(List<Order> orders, int page, int size, long total) {
  public OrderPage {
    orders = List.copyOf(orders);
  }
}
