package dev.eventline.payments;

import java.util.UUID;

/**
 * The money of one order. The first charge or refund of the order creates it, and from then on it
 * decides how every charge and refund of that order is answered, so each is applied at most once
 * however often its command is sent: the only change it ever makes is a refund of a charge.
 *
 * @param amountCents the amount the order's first command named; taken from the wallet only while
 *     {@link PaymentStatus#CHARGED}
 */
public record Payment(UUID orderId, String userId, PaymentStatus status, long amountCents) {
  public Payment {
    Checks.present(orderId, "Payment.orderId");
    Checks.text(userId, "Payment.userId");
    Checks.present(status, "Payment.status");
    Checks.between(1, Long.MAX_VALUE, amountCents, "Payment.amountCents");
  }

  /**
   * The first charge of an order: CHARGED when the wallet covered the amount and it was taken,
   * DECLINED when it did not.
   */
  public static Payment charge(UUID orderId, String userId, long amountCents, boolean taken) {
    return new Payment(
        orderId, userId, taken ? PaymentStatus.CHARGED : PaymentStatus.DECLINED, amountCents);
  }

  /** A refund of an order that was never charged: nothing to give back, and no charge later. */
  public static Payment voided(UUID orderId, String userId, long amountCents) {
    return new Payment(orderId, userId, PaymentStatus.VOIDED, amountCents);
  }

  /** The answer to a charge of this order: the first answer again, or none after a void. */
  public ChargeAnswer answerToCharge() {
    return switch (status) {
      case CHARGED, REFUNDED -> ChargeAnswer.SUCCEEDED;
      case DECLINED -> ChargeAnswer.DECLINED;
      case VOIDED -> ChargeAnswer.REFUSED;
    };
  }

  /**
   * A refund of this order: a charge goes back to the wallet once; every later refund confirms the
   * same amount again; an order never charged confirms 0.
   */
  public Refund refund() {
    return switch (status) {
      case CHARGED -> new Refund(withStatus(PaymentStatus.REFUNDED), amountCents, amountCents);
      case REFUNDED -> new Refund(this, 0, amountCents);
      case DECLINED, VOIDED -> new Refund(this, 0, 0);
    };
  }

  private Payment withStatus(PaymentStatus next) {
    return new Payment(orderId, userId, next, amountCents);
  }
}
