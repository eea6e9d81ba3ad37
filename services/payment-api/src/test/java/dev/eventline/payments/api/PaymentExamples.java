package dev.eventline.payments.api;

import static dev.eventline.payments.api.PaymentFailureReason.INSUFFICIENT_FUNDS;

import dev.eventline.kit.messaging.schema.Example;
import java.util.List;
import java.util.UUID;

/** Alice's order of 44.48 and Bob's, which his wallet cannot pay: what the stored samples hold. */
final class PaymentExamples {
  static final UUID ORDER_ID = UUID.fromString("0193a1b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b");
  static final String ALICE = "alice";
  static final String BOB = "bob";
  static final long TOTAL = 4448;

  private PaymentExamples() {}

  static ChargePayment chargePayment() {
    return new ChargePayment(ORDER_ID, ALICE, TOTAL);
  }

  static RefundPayment refundPayment() {
    return new RefundPayment(ORDER_ID, ALICE, TOTAL);
  }

  static PaymentSucceeded paymentSucceeded() {
    return new PaymentSucceeded(ORDER_ID, ALICE, TOTAL);
  }

  static PaymentFailed paymentFailed() {
    return new PaymentFailed(ORDER_ID, BOB, INSUFFICIENT_FUNDS);
  }

  static PaymentRefunded paymentRefunded() {
    return new PaymentRefunded(ORDER_ID, ALICE, TOTAL);
  }

  /** One example of every message, equal to its stored sample. */
  static List<Example<?>> everyMessage() {
    return List.of(
        new Example<>(PaymentMessages.CHARGE_PAYMENT, chargePayment()),
        new Example<>(PaymentMessages.REFUND_PAYMENT, refundPayment()),
        new Example<>(PaymentMessages.PAYMENT_SUCCEEDED, paymentSucceeded()),
        new Example<>(PaymentMessages.PAYMENT_FAILED, paymentFailed()),
        new Example<>(PaymentMessages.PAYMENT_REFUNDED, paymentRefunded()));
  }
}
