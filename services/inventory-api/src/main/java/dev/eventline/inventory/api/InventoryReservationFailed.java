package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/**
 * Nothing was reserved for the order: of {@code sku} it asked for {@code requested} items, but only
 * {@code available} were left. When several lines are short, this names one of them.
 */
public record InventoryReservationFailed(UUID orderId, String sku, int requested, int available)
    implements ReservationResult {
  public InventoryReservationFailed {
    Require.present(orderId, "InventoryReservationFailed.orderId");
    Require.text(sku, "InventoryReservationFailed.sku");
    Require.atLeast(1, requested, "InventoryReservationFailed.requested");
    Require.atLeast(0, available, "InventoryReservationFailed.available");
    if (available >= requested) {
      throw new IllegalArgumentException(
          "InventoryReservationFailed.available must be less than the "
              + requested
              + " requested, not "
              + available);
    }
  }
}
