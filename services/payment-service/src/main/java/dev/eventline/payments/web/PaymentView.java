package dev.eventline.payments.web;

import dev.eventline.payments.Payment;
import dev.eventline.payments.PaymentStatus;
import java.util.UUID;

/**
 * The body of {@code GET /api/wallet/payments/{orderId}} and {@code GET
 * /api/admin/payments/{orderId}}: the order's payment as recorded.
 */
record PaymentView(UUID orderId, String userId, PaymentStatus status, long amountCents) {
  static PaymentView of(Payment payment) {
    return new PaymentView(
        payment.orderId(), payment.userId(), payment.status(), payment.amountCents());
  }
}
