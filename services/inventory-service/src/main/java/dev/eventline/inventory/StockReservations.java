package dev.eventline.inventory;

import java.util.Optional;
import java.util.UUID;

/** The reservation of every order the inventory has heard of: the repository. */
public interface StockReservations {

  /** The order's reservation, locked until the transaction ends; empty when there is none. */
  Optional<StockReservation> lock(UUID orderId);

  /** The order's reservation as it is now, to read only; empty when there is none. */
  Optional<StockReservation> find(UUID orderId);

  /**
   * Records the reservation of an order that had none. If another transaction recorded one for the
   * same order meanwhile, this one fails and must roll back, stock changes included.
   */
  void add(StockReservation reservation);

  /** Records the new state, and customer, of a reservation found with {@link #lock}. */
  void update(StockReservation reservation);
}
