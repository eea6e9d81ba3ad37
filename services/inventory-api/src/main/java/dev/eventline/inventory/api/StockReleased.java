package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/**
 * The answer to a {@link ReleaseStock}: whatever was reserved for the order is available again.
 * Also published when nothing was reserved, so that the saga can finish compensating a reservation
 * that timed out without being applied.
 */
public record StockReleased(UUID orderId) {
  public StockReleased {
    Require.present(orderId, "StockReleased.orderId");
  }
}
