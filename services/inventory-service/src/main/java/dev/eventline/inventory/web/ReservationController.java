package dev.eventline.inventory.web;

import dev.eventline.inventory.ReservationLine;
import dev.eventline.inventory.ReservationStatus;
import dev.eventline.inventory.Shortage;
import dev.eventline.inventory.StockReservation;
import dev.eventline.inventory.application.ReservationQueries;
import dev.eventline.kit.web.CurrentUser;
import dev.eventline.kit.web.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reservations/{orderId}}: the stock set aside for an order, to its customer (an
 * administrator sees any). Another customer's order is a 404, as if it did not exist.
 */
@RestController
class ReservationController {
  private final ReservationQueries queries;

  ReservationController(ReservationQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/reservations/{orderId}")
  ReservationView reservation(@PathVariable UUID orderId, CurrentUser user) {
    Optional<StockReservation> found =
        user.isAdmin() ? queries.reservation(orderId) : queries.reservationOf(user.id(), orderId);
    return found
        .map(ReservationView::of)
        .orElseThrow(
            () ->
                new ProblemException(
                    HttpStatus.NOT_FOUND,
                    "Reservation not found",
                    "You have no reservation for order " + orderId));
  }

  /**
   * The body: {@code lines} is what the order holds, or held until it was released; empty unless
   * {@code RESERVED} or {@code RELEASED}. {@code shortage} says why nothing was set aside, when
   * {@code FAILED}; null otherwise.
   */
  record ReservationView(
      UUID orderId, ReservationStatus status, List<ReservationLine> lines, Shortage shortage) {
    static ReservationView of(StockReservation reservation) {
      return new ReservationView(
          reservation.orderId(),
          reservation.status(),
          reservation.lines(),
          reservation.shortage().orElse(null));
    }
  }
}
