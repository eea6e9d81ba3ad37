package dev.eventline.cli.invariants;

import dev.eventline.cli.client.OrderStatus;

/**
 * I3: for each sku, stock set by the administrator - quantities of COMPLETED orders = available.
 */
final class StockAddsUp {
  static final String ID = "I3";
  static final String TITLE = "stock: set - completed = available";

  private StockAddsUp() {}

  static InvariantResult check(SystemSnapshot snapshot) {
    Violations violations = equations(snapshot);
    for (SkuSnapshot sku : snapshot.skus()) {
      if (sku.available() < 0) {
        violations.add("sku " + sku.sku() + " has " + sku.available() + " available");
      }
    }
    long sold = snapshot.skus().stream().mapToLong(sku -> completedQuantity(snapshot, sku)).sum();
    return violations.result(
        ID, TITLE, "%d skus; %d items sold".formatted(snapshot.skus().size(), sold));
  }

  /** The skus whose stock breaks set - completed = available. */
  static Violations equations(SystemSnapshot snapshot) {
    Violations violations = new Violations();
    for (SkuSnapshot sku : snapshot.skus()) {
      long completed = completedQuantity(snapshot, sku);
      long expected = sku.stockSet() - completed;
      if (expected != sku.available()) {
        violations.add(
            "sku %s: set %d - completed %d = %d, but %d available"
                .formatted(sku.sku(), sku.stockSet(), completed, expected, sku.available()));
      }
    }
    return violations;
  }

  private static long completedQuantity(SystemSnapshot snapshot, SkuSnapshot sku) {
    return snapshot
        .orders()
        .filter(order -> order.order().status() == OrderStatus.COMPLETED)
        .mapToLong(order -> order.order().quantityOf(sku.sku()))
        .sum();
  }
}
