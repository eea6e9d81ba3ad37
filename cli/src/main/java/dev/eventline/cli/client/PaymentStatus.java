package dev.eventline.cli.client;

/** Where the money of one order stands, as the payment service recorded it. */
public enum PaymentStatus {
  /** Taken from the wallet. */
  CHARGED,
  /** The wallet did not cover it; nothing was taken. */
  DECLINED,
  /** Taken and given back. */
  REFUNDED,
  /** A refund arrived before any charge: nothing taken, nothing given back. */
  VOIDED
}
