package dev.eventline.inventory;

import java.util.Objects;

/**
 * How many items of a product there are: {@code onHand} as the administrator last set it, of which
 * {@code reserved} are set aside for orders. What is left is {@link #available()}, never below
 * zero.
 */
public record Stock(String sku, int onHand, int reserved) {
  public Stock {
    Objects.requireNonNull(sku, "stock belongs to a sku");
    if (onHand < 0) {
      throw new IllegalArgumentException("stock of " + sku + " cannot be negative: " + onHand);
    }
    if (reserved < 0 || reserved > onHand) {
      throw new IllegalArgumentException(
          "stock of " + sku + " cannot have " + reserved + " of " + onHand + " reserved");
    }
  }

  /** The stock of a new product: nothing reserved yet. */
  public static Stock of(String sku, int onHand) {
    return new Stock(sku, onHand, 0);
  }

  public int available() {
    return onHand - reserved;
  }

  /**
   * The stock as the administrator sets it anew; the reservations stay.
   *
   * @throws StockBelowReservedException when fewer than the reserved items would remain
   */
  public Stock withOnHand(int newOnHand) {
    if (newOnHand < 0) {
      throw new IllegalArgumentException(
          "stock of " + sku + " cannot be set below zero: " + newOnHand);
    }
    if (newOnHand < reserved) {
      throw new StockBelowReservedException(sku, newOnHand, reserved);
    }
    return new Stock(sku, newOnHand, reserved);
  }

  boolean covers(int quantity) {
    return available() >= quantity;
  }

  Stock reserve(int quantity) {
    if (!covers(quantity)) {
      throw new IllegalStateException(
          "cannot reserve " + quantity + " of " + sku + ": " + available() + " available");
    }
    return new Stock(sku, onHand, reserved + quantity);
  }

  Stock release(int quantity) {
    if (quantity > reserved) {
      throw new IllegalStateException(
          "cannot release " + quantity + " of " + sku + ": only " + reserved + " reserved");
    }
    return new Stock(sku, onHand, reserved - quantity);
  }
}
