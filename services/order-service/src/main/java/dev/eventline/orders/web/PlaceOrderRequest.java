package dev.eventline.orders.web;

import dev.eventline.orders.RequestedItem;
import java.util.List;

/**
 * The body of {@code POST /api/orders}: skus and quantities, never prices or a user. The domain's
 * {@code OrderRequest} judges it; a missing line, sku or quantity reaches it as such.
 */
record PlaceOrderRequest(List<Line> items) {
  record Line(String sku, Integer quantity) {}

  /** The lines as the use case takes them; null stays null, for the domain to refuse. */
  List<RequestedItem> requestedItems() {
    if (items == null) {
      return null;
    }
    return items.stream()
        .map(line -> line == null ? null : new RequestedItem(line.sku(), quantityOf(line)))
        .toList();
  }

  private static int quantityOf(Line line) {
    return line.quantity() == null ? 0 : line.quantity();
  }
}
