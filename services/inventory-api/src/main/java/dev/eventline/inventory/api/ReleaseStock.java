package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/**
 * Give back the stock reserved for an order, the saga's compensation of {@link ReserveStock};
 * answered by {@link StockReleased}, also when nothing was reserved. Applied at most once per
 * order.
 */
public record ReleaseStock(UUID orderId) {
  public ReleaseStock {
    Require.present(orderId, "ReleaseStock.orderId");
  }
}
