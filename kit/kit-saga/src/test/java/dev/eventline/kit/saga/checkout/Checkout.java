package dev.eventline.kit.saga.checkout;

import java.util.Optional;

/** The data of the checkout saga of these tests: what it charges, reserves and ships. */
public record Checkout(
    String orderId,
    long amountCents,
    String sku,
    int quantity,
    Optional<String> paymentId,
    Optional<String> trackingCode) {

  public static Checkout of(String orderId) {
    return new Checkout(orderId, 2599, "sku-1", 2, Optional.empty(), Optional.empty());
  }

  Checkout charged(String payment) {
    return new Checkout(orderId, amountCents, sku, quantity, Optional.of(payment), trackingCode);
  }

  Checkout shipped(String tracking) {
    return new Checkout(orderId, amountCents, sku, quantity, paymentId, Optional.of(tracking));
  }
}
