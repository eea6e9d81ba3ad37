package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;

/**
 * The messages of the inventory service, each with its CloudEvents type and topic. The order
 * service's saga sends the {@link #COMMANDS}; the inventory service answers with the {@link
 * #EVENTS}, keyed by the order id, and announces catalogue changes with {@link #PRODUCT_UPDATED},
 * keyed by the sku.
 *
 * <pre>{@code
 * EventPayloads payloads = EventPayloads.forTypes(InventoryMessages.TYPES);
 * }</pre>
 */
public final class InventoryMessages {
  public static final EventType<ReserveStock> RESERVE_STOCK =
      EventType.of(
          ReserveStock.class, "dev.eventline.inventory.ReserveStock", "inventory.commands");

  public static final EventType<ReleaseStock> RELEASE_STOCK =
      EventType.of(
          ReleaseStock.class, "dev.eventline.inventory.ReleaseStock", "inventory.commands");

  public static final EventType<InventoryReserved> INVENTORY_RESERVED =
      EventType.of(
          InventoryReserved.class,
          "dev.eventline.inventory.InventoryReserved",
          "inventory.reserved");

  public static final EventType<InventoryReservationFailed> INVENTORY_RESERVATION_FAILED =
      EventType.of(
          InventoryReservationFailed.class,
          "dev.eventline.inventory.InventoryReservationFailed",
          "inventory.reservation-failed");

  public static final EventType<StockReleased> STOCK_RELEASED =
      EventType.of(
          StockReleased.class, "dev.eventline.inventory.StockReleased", "inventory.released");

  public static final EventType<ProductUpdated> PRODUCT_UPDATED =
      EventType.of(
          ProductUpdated.class,
          "dev.eventline.inventory.ProductUpdated",
          "inventory.product-updated");

  /** What the inventory service carries out, on {@code inventory.commands}. */
  public static final EventTypes COMMANDS = EventTypes.of(RESERVE_STOCK, RELEASE_STOCK);

  /** What the inventory service publishes. */
  public static final EventTypes EVENTS =
      EventTypes.of(
          INVENTORY_RESERVED, INVENTORY_RESERVATION_FAILED, STOCK_RELEASED, PRODUCT_UPDATED);

  /** Every message of the inventory service, commands and events. */
  public static final EventTypes TYPES = COMMANDS.and(EVENTS);

  private InventoryMessages() {}
}
