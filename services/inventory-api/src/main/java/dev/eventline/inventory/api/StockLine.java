package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.Require;

/** {@code quantity} items of {@code sku}. */
public record StockLine(String sku, int quantity) {
  public StockLine {
    Require.text(sku, "StockLine.sku");
    Require.atLeast(1, quantity, "StockLine.quantity");
  }
}
