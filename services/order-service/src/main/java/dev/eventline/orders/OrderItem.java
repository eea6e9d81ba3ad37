package dev.eventline.orders;

/** One priced line of an order: {@code quantity} of {@code sku} at the catalogue's price. */
public record OrderItem(String sku, int quantity, long unitPriceCents) {
  public OrderItem {
    if (quantity < 1 || unitPriceCents < 1) {
      throw new IllegalArgumentException("an order line needs a quantity and a price above zero");
    }
  }

  public long totalCents() {
    return Math.multiplyExact(unitPriceCents, quantity);
  }
}
