package dev.eventline.payments.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/** The charge was declined; nothing was taken from the wallet. */
public record PaymentFailed(UUID orderId, String userId, PaymentFailureReason reason)
    implements PaymentResult {
  public PaymentFailed {
    Require.present(orderId, "PaymentFailed.orderId");
    Require.text(userId, "PaymentFailed.userId");
    Require.present(reason, "PaymentFailed.reason");
  }
}
