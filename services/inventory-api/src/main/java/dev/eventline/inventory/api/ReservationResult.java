package dev.eventline.inventory.api;

import java.util.UUID;

/** The answer to a {@link ReserveStock}: every line was reserved, or none was. */
public sealed interface ReservationResult permits InventoryReserved, InventoryReservationFailed {
  UUID orderId();
}
