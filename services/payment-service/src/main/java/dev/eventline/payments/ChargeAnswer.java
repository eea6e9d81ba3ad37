package dev.eventline.payments;

/** How a charge of an order is answered, as its {@link Payment} decides. */
public enum ChargeAnswer {
  /** The amount was taken (and may have been refunded since): answer that it succeeded. */
  SUCCEEDED,
  /** The wallet did not cover the amount: answer that it failed for insufficient funds. */
  DECLINED,
  /** A refund came first: the charge is not applied, and nobody waits for an answer. */
  REFUSED
}
