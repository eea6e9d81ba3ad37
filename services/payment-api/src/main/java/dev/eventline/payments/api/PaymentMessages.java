package dev.eventline.payments.api;

import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;

/**
 * The messages of the payment service, each with its CloudEvents type and topic; every one is keyed
 * by its order id, the saga's id. The order service's saga sends the {@link #COMMANDS}; the payment
 * service answers with the {@link #EVENTS}.
 *
 * <pre>{@code
 * EventPayloads payloads = EventPayloads.forTypes(PaymentMessages.TYPES);
 * }</pre>
 */
public final class PaymentMessages {
  public static final EventType<ChargePayment> CHARGE_PAYMENT =
      EventType.of(
          ChargePayment.class, "dev.eventline.payments.ChargePayment", "payments.commands");

  public static final EventType<RefundPayment> REFUND_PAYMENT =
      EventType.of(
          RefundPayment.class, "dev.eventline.payments.RefundPayment", "payments.commands");

  public static final EventType<PaymentSucceeded> PAYMENT_SUCCEEDED =
      EventType.of(
          PaymentSucceeded.class, "dev.eventline.payments.PaymentSucceeded", "payments.completed");

  public static final EventType<PaymentFailed> PAYMENT_FAILED =
      EventType.of(PaymentFailed.class, "dev.eventline.payments.PaymentFailed", "payments.failed");

  public static final EventType<PaymentRefunded> PAYMENT_REFUNDED =
      EventType.of(
          PaymentRefunded.class, "dev.eventline.payments.PaymentRefunded", "payments.refunded");

  /** What the payment service carries out, on {@code payments.commands}. */
  public static final EventTypes COMMANDS = EventTypes.of(CHARGE_PAYMENT, REFUND_PAYMENT);

  /** What the payment service publishes. */
  public static final EventTypes EVENTS =
      EventTypes.of(PAYMENT_SUCCEEDED, PAYMENT_FAILED, PAYMENT_REFUNDED);

  /** Every message of the payment service, commands and events. */
  public static final EventTypes TYPES = COMMANDS.and(EVENTS);

  private PaymentMessages() {}
}
