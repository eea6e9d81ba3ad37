package dev.eventline.orders.api;

import dev.eventline.kit.messaging.Require;

/**
 * One line of an order as the order service priced it: {@code quantity} items of {@code sku} at
 * {@code unitPriceCents} each, the catalogue's price when the order was placed.
 */
public record OrderLine(String sku, int quantity, long unitPriceCents) {
  public OrderLine {
    Require.text(sku, "OrderLine.sku");
    Require.atLeast(1, quantity, "OrderLine.quantity");
    Require.atLeast(0, unitPriceCents, "OrderLine.unitPriceCents");
  }
}
