package dev.eventline.payments.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/** The customer's wallet was charged {@code amountCents} for the order. */
public record PaymentSucceeded(UUID orderId, String userId, long amountCents)
    implements PaymentResult {
  public PaymentSucceeded {
    Require.present(orderId, "PaymentSucceeded.orderId");
    Require.text(userId, "PaymentSucceeded.userId");
    Require.atLeast(1, amountCents, "PaymentSucceeded.amountCents");
  }
}
