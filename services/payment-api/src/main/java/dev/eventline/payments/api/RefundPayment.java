package dev.eventline.payments.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/**
 * Give back what was charged for an order, the saga's compensation of {@link ChargePayment};
 * answered by {@link PaymentRefunded}, also when there was no charge to give back. Applied at most
 * once per order.
 */
public record RefundPayment(UUID orderId, String userId, long amountCents) {
  public RefundPayment {
    Require.present(orderId, "RefundPayment.orderId");
    Require.text(userId, "RefundPayment.userId");
    Require.atLeast(1, amountCents, "RefundPayment.amountCents");
  }
}
