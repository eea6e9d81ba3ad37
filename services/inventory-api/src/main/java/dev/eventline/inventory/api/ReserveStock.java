package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Set aside the stock of every line of an order, all of it or none; answered by a {@link
 * ReservationResult}. Each sku appears on one line only, so that a failure names one line. Applied
 * at most once per order: a repeated command gets the first answer again.
 */
public record ReserveStock(UUID orderId, List<StockLine> lines) {
  public ReserveStock {
    Require.present(orderId, "ReserveStock.orderId");
    lines = Require.notEmpty(lines, "ReserveStock.lines");
    Set<String> skus = new HashSet<>();
    for (StockLine line : lines) {
      if (!skus.add(line.sku())) {
        throw new IllegalArgumentException(
            "ReserveStock.lines must name each sku once; " + line.sku() + " repeats");
      }
    }
  }
}
