package dev.eventline.payments.api;

/**
 * Why a charge was declined. A new reason is a new version of {@link PaymentFailed}: a consumer
 * that switches over the reasons it knows cannot read one it does not.
 */
public enum PaymentFailureReason {
  /** The wallet holds less than the amount to charge. */
  INSUFFICIENT_FUNDS
}
