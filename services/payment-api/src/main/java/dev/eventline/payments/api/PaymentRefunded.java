package dev.eventline.payments.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/**
 * The answer to a {@link RefundPayment}: {@code amountCents} went back to the customer's wallet. It
 * is 0 when the order was never charged: the refund changed nothing and is still confirmed, so that
 * the saga can finish compensating a charge that timed out without being applied.
 */
public record PaymentRefunded(UUID orderId, String userId, long amountCents) {
  public PaymentRefunded {
    Require.present(orderId, "PaymentRefunded.orderId");
    Require.text(userId, "PaymentRefunded.userId");
    Require.atLeast(0, amountCents, "PaymentRefunded.amountCents");
  }
}
