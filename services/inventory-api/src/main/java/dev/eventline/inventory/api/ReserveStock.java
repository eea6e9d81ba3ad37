package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.Require;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Set aside the stock of every line of an order, all of it or none; answered by a {@link
 * ReservationResult}. Each sku appears on one line only, so that a failure names one line. Applied
 * at most once per order: a repeated command gets the first answer again.
 *
 * @param userId the customer whose order it is, so that the inventory shows the reservation to them
 *     alone; added to version 1 later, so empty in commands sent before
 */
public record ReserveStock(UUID orderId, List<StockLine> lines, Optional<String> userId) {
  public ReserveStock {
    Require.present(orderId, "ReserveStock.orderId");
    lines = Require.notEmpty(lines, "ReserveStock.lines");
    Require.present(userId, "ReserveStock.userId");
    userId.ifPresent(user -> Require.text(user, "ReserveStock.userId"));
    Set<String> skus = new HashSet<>();
    for (StockLine line : lines) {
      if (!skus.add(line.sku())) {
        throw new IllegalArgumentException(
            "ReserveStock.lines must name each sku once; " + line.sku() + " repeats");
      }
    }
  }

  /** The command for {@code userId}'s order. */
  public ReserveStock(UUID orderId, String userId, List<StockLine> lines) {
    this(orderId, lines, Optional.of(Require.text(userId, "ReserveStock.userId")));
  }

  /** The command as senders wrote it before it named the customer. */
  public ReserveStock(UUID orderId, List<StockLine> lines) {
    this(orderId, lines, Optional.empty());
  }
}
