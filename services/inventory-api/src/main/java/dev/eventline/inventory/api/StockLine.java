package dev.eventline.inventory.api;

/** {@code quantity} items of {@code sku}. */
public record StockLine(String sku, int quantity) {
  public StockLine {
    Require.text(sku, "StockLine.sku");
    Require.atLeast(1, quantity, "StockLine.quantity");
  }
}
