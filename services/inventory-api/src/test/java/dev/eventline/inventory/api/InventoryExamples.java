package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.schema.Example;
import java.util.List;
import java.util.UUID;

/** Alice's order of coffee and a cup, the last cup gone: what the stored samples hold. */
final class InventoryExamples {
  static final UUID ORDER_ID = UUID.fromString("0193a1b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b");
  static final StockLine COFFEE = new StockLine("coffee-beans-1kg", 2);
  static final StockLine CUP = new StockLine("espresso-cup", 1);

  private InventoryExamples() {}

  static ReserveStock reserveStock() {
    return new ReserveStock(ORDER_ID, "alice", List.of(COFFEE, CUP));
  }

  static InventoryReservationFailed noCupLeft() {
    return new InventoryReservationFailed(ORDER_ID, CUP.sku(), 1, 0);
  }

  static ProductUpdated coffeeBeans() {
    return new ProductUpdated(
        "coffee-beans-1kg",
        "Coffee beans, 1 kg",
        "Single-origin arabica from Huila, Colombia; medium roast.",
        1899);
  }

  /** One example of every message, equal to its stored sample. */
  static List<Example<?>> everyMessage() {
    return List.of(
        new Example<>(InventoryMessages.RESERVE_STOCK, reserveStock()),
        new Example<>(InventoryMessages.RELEASE_STOCK, new ReleaseStock(ORDER_ID)),
        new Example<>(InventoryMessages.INVENTORY_RESERVED, new InventoryReserved(ORDER_ID)),
        new Example<>(InventoryMessages.INVENTORY_RESERVATION_FAILED, noCupLeft()),
        new Example<>(InventoryMessages.STOCK_RELEASED, new StockReleased(ORDER_ID)),
        new Example<>(InventoryMessages.PRODUCT_UPDATED, coffeeBeans()));
  }
}
