package dev.eventline.payments.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/**
 * Take {@code amountCents} from the customer's wallet for an order; answered by a {@link
 * PaymentResult}. Applied at most once per order: a repeated command gets the first answer again.
 */
public record ChargePayment(UUID orderId, String userId, long amountCents) {
  public ChargePayment {
    Require.present(orderId, "ChargePayment.orderId");
    Require.text(userId, "ChargePayment.userId");
    Require.atLeast(1, amountCents, "ChargePayment.amountCents");
  }
}
