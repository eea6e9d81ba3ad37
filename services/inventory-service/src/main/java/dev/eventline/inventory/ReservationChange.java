package dev.eventline.inventory;

import java.util.List;

/**
 * What reserving or releasing did: the reservation's new state and the stock it changed, to be
 * saved together (possibly no stock, when nothing was set aside or given back).
 */
public record ReservationChange(StockReservation reservation, List<Stock> changedStock) {
  public ReservationChange {
    changedStock = List.copyOf(changedStock);
  }
}
