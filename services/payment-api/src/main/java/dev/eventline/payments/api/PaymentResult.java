package dev.eventline.payments.api;

import java.util.UUID;

/** The answer to a {@link ChargePayment}: the money was taken, or it was not. */
public sealed interface PaymentResult permits PaymentSucceeded, PaymentFailed {
  UUID orderId();

  String userId();
}
