package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/** Every line of the order is set aside; the stock is no longer available to other orders. */
public record InventoryReserved(UUID orderId) implements ReservationResult {
  public InventoryReserved {
    Require.present(orderId, "InventoryReserved.orderId");
  }
}
