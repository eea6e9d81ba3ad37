package dev.eventline.inventory;

import java.util.Objects;

/**
 * {@code quantity} items of {@code sku}, asked for or set aside by an order. The sku need not be in
 * the catalogue: an order may ask for anything, and gets none of what is not there.
 */
public record ReservationLine(String sku, int quantity) {
  public ReservationLine {
    Objects.requireNonNull(sku, "a reservation line needs a sku");
    if (sku.isBlank()) {
      throw new IllegalArgumentException("a reservation line's sku cannot be blank");
    }
    if (quantity < 1) {
      throw new IllegalArgumentException(
          "a reservation line needs at least 1 item of " + sku + ", not " + quantity);
    }
  }
}
