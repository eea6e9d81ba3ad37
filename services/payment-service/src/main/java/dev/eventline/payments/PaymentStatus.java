package dev.eventline.payments;

/** Where the money of one order stands. */
public enum PaymentStatus {
  /** The amount was taken from the wallet. */
  CHARGED,
  /** The wallet did not cover the amount; nothing was taken. */
  DECLINED,
  /** The amount was taken and has been given back. */
  REFUNDED,
  /**
   * A refund came before any charge: nothing was taken, nothing given back, and a charge of the
   * order that arrives later is refused, because the saga that sent it has already given up on it.
   */
  VOIDED
}
