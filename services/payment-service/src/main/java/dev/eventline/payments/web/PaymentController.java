package dev.eventline.payments.web;

import dev.eventline.kit.web.CurrentUser;
import dev.eventline.kit.web.ProblemException;
import dev.eventline.payments.Payment;
import dev.eventline.payments.application.PaymentService;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/wallet/payments/{orderId}}: what happened to the money of one of the caller's
 * orders. The payment of another customer's order is a 404, as if there were none; an administrator
 * sees any, as under {@code /api/admin/payments}.
 */
@RestController
class PaymentController {
  private final PaymentService payments;

  PaymentController(PaymentService payments) {
    this.payments = payments;
  }

  /** 404 also when no charge or refund of the order arrived yet. */
  @GetMapping("/api/wallet/payments/{orderId}")
  PaymentView payment(@PathVariable UUID orderId, CurrentUser user) {
    Optional<Payment> found =
        user.isAdmin() ? payments.paymentOf(orderId) : payments.paymentOf(user.id(), orderId);
    return found
        .map(PaymentView::of)
        .orElseThrow(
            () ->
                new ProblemException(
                    HttpStatus.NOT_FOUND,
                    "Payment not found",
                    "You have no payment for order " + orderId));
  }
}
