package dev.eventline.orders.web;

import dev.eventline.orders.OrderPage;
import java.util.List;

/** The body of {@code GET /api/orders}: one page, newest first; {@code total} counts every page. */
record OrderPageView(List<OrderView> orders, int page, int size, long total) {
  static OrderPageView of(OrderPage page) {
    return new OrderPageView(
        page.orders().stream().map(OrderView::of).toList(), page.page(), page.size(), page.total());
  }
}
