package dev.eventline.inventory.application;

import dev.eventline.inventory.StockReservation;
import dev.eventline.inventory.StockReservations;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the reservation of an order: its customer sees their own, an administrator any. The
 * inventory checks the customer itself, from what {@code ReserveStock} told it, rather than trust
 * that whoever asks was shown the order first.
 */
public class ReservationQueries {
  private final StockReservations reservations;

  ReservationQueries(StockReservations reservations) {
    this.reservations = reservations;
  }

  /**
   * The order's reservation, if it is {@code userId}'s: another customer's, or one whose customer
   * the inventory was never told, is as good as absent (404).
   */
  @Transactional(readOnly = true)
  public Optional<StockReservation> reservationOf(String userId, UUID orderId) {
    return reservations.find(orderId).filter(reservation -> reservation.belongsTo(userId));
  }

  /** The order's reservation, whoever's it is: for administrators. */
  @Transactional(readOnly = true)
  public Optional<StockReservation> reservation(UUID orderId) {
    return reservations.find(orderId);
  }
}
