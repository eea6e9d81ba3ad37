package dev.eventline.cli.client;

import java.util.List;

/** One page of the caller's orders, newest first; {@code total} counts every page. */
public record OrderPage(List<OrderView> orders, int page, int size, long total) {
  public OrderPage {
    orders = orders == null ? List.of() : List.copyOf(orders);
  }
}
