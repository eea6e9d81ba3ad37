package dev.eventline.payments.web;

import dev.eventline.kit.web.ProblemException;
import dev.eventline.payments.application.PaymentService;
import dev.eventline.payments.application.WalletService;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What happened to the money, for operators and the invariant check of {@code ./eventline demo}:
 * {@code GET /api/admin/payments/{orderId}}, an order's payment, and {@code GET
 * /api/admin/wallets/{userId}}, a wallet beside the sum of its deposits. kit-web lets only the
 * admin role through.
 */
@RestController
class PaymentAdministrationController {
  private final PaymentService payments;
  private final WalletService wallets;

  PaymentAdministrationController(PaymentService payments, WalletService wallets) {
    this.payments = payments;
    this.wallets = wallets;
  }

  /** 404 when no charge or refund of the order ever arrived. */
  @GetMapping("/api/admin/payments/{orderId}")
  PaymentView payment(@PathVariable String orderId) {
    UUID id = orderId(orderId);
    return payments
        .paymentOf(id)
        .map(PaymentView::of)
        .orElseThrow(
            () ->
                new ProblemException(
                    HttpStatus.NOT_FOUND, "Payment not found", "Order " + id + " has no payment"));
  }

  /** A user who never deposited has an empty wallet, not a 404: any user id may be asked about. */
  @GetMapping("/api/admin/wallets/{userId}")
  WalletStatementView wallet(@PathVariable String userId) {
    if (userId.isBlank()) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "Invalid user id", "The user id must not be blank");
    }
    return WalletStatementView.of(wallets.statementOf(userId));
  }

  private static UUID orderId(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          HttpStatus.BAD_REQUEST, "Invalid order id", "An order id is a UUID");
    }
  }
}
