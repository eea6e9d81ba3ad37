package dev.eventline.inventory;

/** Where an order's reservation stands; each order has at most one. */
public enum ReservationStatus {
  /** Every line is set aside; it stays so when the order completes (the items are sold). */
  RESERVED,
  /** It was reserved, then given back: the order was cancelled. */
  RELEASED,
  /** Nothing was set aside: one line could not be met. */
  FAILED,
  /**
   * Released before any reservation arrived (the saga gave up waiting): nothing was set aside, and
   * a reservation arriving later is refused, so a cancelled order never holds stock.
   */
  RELEASED_BEFORE_RESERVED
}
