package dev.eventline.inventory.application;

import dev.eventline.inventory.Catalogue;
import dev.eventline.inventory.ReservationChange;
import dev.eventline.inventory.ReservationLine;
import dev.eventline.inventory.StockReservation;
import dev.eventline.inventory.StockReservations;
import dev.eventline.inventory.api.InventoryReservationFailed;
import dev.eventline.inventory.api.InventoryReserved;
import dev.eventline.inventory.api.ReleaseStock;
import dev.eventline.inventory.api.ReservationResult;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.api.StockReleased;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.spring.TransactionalEventPublisher;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserves and releases the stock of orders, as the order saga commands, and answers each command,
 * keyed by the order id (the saga's id). Each effect is applied at most once per order; a repeated
 * command gets the first answer again.
 *
 * <p>Locks are taken in one order everywhere, the order's reservation first, then the stock rows by
 * sku, so concurrent commands queue instead of deadlocking, and none can oversell.
 */
public class StockKeeping {
  private static final Logger log = LoggerFactory.getLogger(StockKeeping.class);

  private final Catalogue catalogue;
  private final StockReservations reservations;
  private final TransactionalEventPublisher events;

  StockKeeping(
      Catalogue catalogue, StockReservations reservations, TransactionalEventPublisher events) {
    this.catalogue = catalogue;
    this.reservations = reservations;
    this.events = events;
  }

  /**
   * Sets aside every line of the order, or none, and answers {@code InventoryReserved} or {@code
   * InventoryReservationFailed} naming the first line that could not be met. An order that already
   * has a reservation, or was released before, changes nothing and gets its first answer again,
   * except that the reservation learns its customer if it did not know them.
   */
  @Transactional
  public ReservationResult reserve(ReserveStock command, EventOrigin origin) {
    UUID orderId = command.orderId();
    List<ReservationLine> lines =
        command.lines().stream()
            .map(line -> new ReservationLine(line.sku(), line.quantity()))
            .toList();
    Optional<StockReservation> earlier = reservations.lock(orderId);
    earlier.ifPresent(known -> answerAgain(known, command.userId()));
    StockReservation reservation =
        earlier.orElseGet(() -> reserveNow(orderId, command.userId(), lines));
    ReservationResult answer =
        reservation
            .shortageFor(lines)
            .<ReservationResult>map(
                shortage ->
                    new InventoryReservationFailed(
                        orderId, shortage.sku(), shortage.requested(), shortage.available()))
            .orElseGet(() -> new InventoryReserved(orderId));
    // Records are published, so the answer is taken apart by its type.
    switch (answer) {
      case InventoryReserved reserved -> events.publish(orderId.toString(), reserved, origin);
      case InventoryReservationFailed failed -> events.publish(orderId.toString(), failed, origin);
    }
    return answer;
  }

  /**
   * Gives back what the order holds and answers {@code StockReleased}. Releasing twice, or what
   * failed, changes nothing; releasing an order never reserved records that, so that its
   * reservation is refused if it arrives later.
   */
  @Transactional
  public StockReleased release(ReleaseStock command, EventOrigin origin) {
    UUID orderId = command.orderId();
    Optional<StockReservation> found = reservations.lock(orderId);
    if (found.isEmpty()) {
      reservations.add(StockReservation.releasedBeforeReserved(orderId));
      log.info(
          "release of order {} came before its reservation: nothing to give back, a later"
              + " reservation is refused",
          orderId);
    } else if (found.get().holdsStock()) {
      StockReservation reservation = found.get();
      ReservationChange change =
          reservation.release(catalogue.lockStock(skus(reservation.lines())));
      catalogue.update(change.changedStock());
      reservations.update(change.reservation());
      log.info("released {} of order {}", units(reservation.lines()), orderId);
    } else {
      log.info(
          "release of order {}: it holds no stock ({}); answering again",
          orderId,
          found.get().status());
    }
    StockReleased answer = new StockReleased(orderId);
    events.publish(orderId.toString(), answer, origin);
    return answer;
  }

  private void answerAgain(StockReservation known, Optional<String> userId) {
    log.info(
        "reservation of order {} is {} already; answering from it",
        known.orderId(),
        known.status());
    StockReservation learned = known.withUserId(userId);
    if (!learned.equals(known)) {
      // The release came first and named no customer, or an older command did not: now they may
      // see it.
      reservations.update(learned);
    }
  }

  private StockReservation reserveNow(
      UUID orderId, Optional<String> userId, List<ReservationLine> lines) {
    ReservationChange change =
        StockReservation.attempt(orderId, userId, lines, catalogue.lockStock(skus(lines)));
    catalogue.update(change.changedStock());
    reservations.add(change.reservation());
    change
        .reservation()
        .shortage()
        .ifPresentOrElse(
            shortage ->
                log.info(
                    "refused to reserve for order {}: out of stock, {} x {} wanted, {} available",
                    orderId,
                    shortage.requested(),
                    shortage.sku(),
                    shortage.available()),
            () -> log.info("reserved {} for order {}", units(lines), orderId));
    return change.reservation();
  }

  /** The lines as an operator reads them: {@code 2 x MUG-1, 1 x TEA-3}. */
  private static String units(List<ReservationLine> lines) {
    return lines.stream()
        .map(line -> line.quantity() + " x " + line.sku())
        .collect(Collectors.joining(", "));
  }

  private static List<String> skus(List<ReservationLine> lines) {
    return lines.stream().map(ReservationLine::sku).toList();
  }
}
