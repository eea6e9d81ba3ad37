package dev.eventline.inventory;

import static dev.eventline.inventory.ReservationStatus.FAILED;
import static dev.eventline.inventory.ReservationStatus.RELEASED;
import static dev.eventline.inventory.ReservationStatus.RELEASED_BEFORE_RESERVED;
import static dev.eventline.inventory.ReservationStatus.RESERVED;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The stock an order holds: all of its lines or none, at most once per order. The only record of an
 * order in the inventory, so a repeated command finds it and gets the same answer again.
 *
 * @param userId the customer whose order it is, the only one (besides administrators) who may see
 *     it; unknown when the reservation came from a command sent before {@code ReserveStock} named
 *     the customer, or when the release came first and no reservation followed yet
 * @param lines what is (or was) set aside: every line when {@code RESERVED} or {@code RELEASED},
 *     none otherwise
 * @param shortage why nothing was set aside, when {@code FAILED}
 */
public record StockReservation(
    UUID orderId,
    Optional<String> userId,
    ReservationStatus status,
    List<ReservationLine> lines,
    Optional<Shortage> shortage) {

  public StockReservation {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(status, "status");
    lines = List.copyOf(lines);
    Objects.requireNonNull(shortage, "shortage");
    boolean heldStock = status == RESERVED || status == RELEASED;
    if (heldStock == lines.isEmpty()) {
      throw new IllegalArgumentException(
          "a " + status + " reservation " + (heldStock ? "needs" : "has no") + " lines");
    }
    if ((status == FAILED) != shortage.isPresent()) {
      throw new IllegalArgumentException("a shortage goes with a FAILED reservation only");
    }
  }

  /**
   * Sets aside every line from {@code stock} (the stock of the lines' skus, locked by the caller),
   * or none when one line cannot be met; the first such line, in the order's order, is the
   * shortage. A sku missing from {@code stock} is not in the catalogue: none available.
   */
  public static ReservationChange attempt(
      UUID orderId,
      Optional<String> userId,
      List<ReservationLine> lines,
      Map<String, Stock> stock) {
    requireDistinctSkus(lines);
    List<Stock> changed = new ArrayList<>();
    for (ReservationLine line : lines) {
      Stock current = stock.get(line.sku());
      if (current == null || !current.covers(line.quantity())) {
        int available = current == null ? 0 : current.available();
        Shortage shortage = new Shortage(line.sku(), line.quantity(), available);
        return new ReservationChange(
            new StockReservation(orderId, userId, FAILED, List.of(), Optional.of(shortage)),
            List.of());
      }
      changed.add(current.reserve(line.quantity()));
    }
    return new ReservationChange(
        new StockReservation(orderId, userId, RESERVED, lines, Optional.empty()), changed);
  }

  /** A release that came first: recorded so that a later reservation is refused. */
  public static StockReservation releasedBeforeReserved(UUID orderId) {
    return new StockReservation(
        orderId, Optional.empty(), RELEASED_BEFORE_RESERVED, List.of(), Optional.empty());
  }

  /** Whether {@code someone} is known to be the customer whose order it is. */
  public boolean belongsTo(String someone) {
    return userId.filter(someone::equals).isPresent();
  }

  /**
   * The same reservation, with its customer learned from a later command when it had none (a
   * release that came first does not name them). A customer once known stays.
   */
  public StockReservation withUserId(Optional<String> learned) {
    return userId.isPresent() || learned.isEmpty()
        ? this
        : new StockReservation(orderId, learned, status, lines, shortage);
  }

  /** Whether the order holds stock now: only a {@code RESERVED} reservation does. */
  public boolean holdsStock() {
    return status == RESERVED;
  }

  /**
   * Gives back what is reserved to {@code stock} (the stock of the lines' skus, locked by the
   * caller). Anything but {@code RESERVED} holds nothing, so releasing it changes nothing.
   */
  public ReservationChange release(Map<String, Stock> stock) {
    if (!holdsStock()) {
      return new ReservationChange(this, List.of());
    }
    List<Stock> changed = new ArrayList<>();
    for (ReservationLine line : lines) {
      Stock current = stock.get(line.sku());
      if (current == null) {
        throw new IllegalStateException(
            "order " + orderId + " holds " + line.sku() + ", which has no stock");
      }
      changed.add(current.release(line.quantity()));
    }
    return new ReservationChange(
        new StockReservation(orderId, userId, RELEASED, lines, Optional.empty()), changed);
  }

  /**
   * The answer to a request for {@code requested}: empty when the order got its stock (the first
   * answer, even if it was released since), else why not. A reservation refused because the order
   * was released first names the first requested line with none available: nothing is left for an
   * order that is already cancelled.
   */
  public Optional<Shortage> shortageFor(List<ReservationLine> requested) {
    return switch (status) {
      case RESERVED, RELEASED -> Optional.empty();
      case FAILED -> shortage;
      case RELEASED_BEFORE_RESERVED -> {
        ReservationLine first = requested.getFirst();
        yield Optional.of(new Shortage(first.sku(), first.quantity(), 0));
      }
    };
  }

  private static void requireDistinctSkus(List<ReservationLine> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a reservation needs at least one line");
    }
    var skus = new HashSet<String>();
    for (ReservationLine line : lines) {
      if (!skus.add(line.sku())) {
        throw new IllegalArgumentException("a reservation names each sku once; " + line.sku());
      }
    }
  }
}
