package dev.eventline.inventory;

import java.util.Objects;

/**
 * Why an order got nothing: of {@code sku} it asked for {@code requested}, {@code available} left.
 */
public record Shortage(String sku, int requested, int available) {
  public Shortage {
    Objects.requireNonNull(sku, "a shortage names its sku");
    if (available < 0 || available >= requested) {
      throw new IllegalArgumentException(
          "a shortage of " + sku + " has 0 to " + (requested - 1) + " available, not " + available);
    }
  }
}
