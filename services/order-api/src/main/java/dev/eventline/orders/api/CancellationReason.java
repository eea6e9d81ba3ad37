package dev.eventline.orders.api;

/**
 * Why an order was cancelled. A new reason is a new version of {@link OrderCancelled}: a consumer
 * that switches over the reasons it knows cannot read one it does not.
 */
public enum CancellationReason {
  /** The payment service declined the charge, e.g. for insufficient funds. */
  PAYMENT_DECLINED,
  /** The stock ran out after the payment, which was then refunded. */
  OUT_OF_STOCK
}
