package dev.eventline.payments;

/**
 * What a refund of an order does.
 *
 * @param payment the order's payment after the refund
 * @param creditCents what goes back to the wallet now: the charge, the first time it is refunded;
 *     otherwise 0
 * @param refundedCents what the answer confirms as given back: the charge whenever it was refunded,
 *     0 when nothing was ever taken
 */
public record Refund(Payment payment, long creditCents, long refundedCents) {
  public Refund {
    Checks.present(payment, "Refund.payment");
    Checks.between(0, refundedCents, creditCents, "Refund.creditCents");
  }
}
