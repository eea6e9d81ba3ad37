package dev.eventline.kit.test.saga.sample;

import java.util.Optional;

/** The sample order saga's data. */
public record Order(
    String orderId,
    String customerId,
    long totalCents,
    String sku,
    int quantity,
    Optional<String> deliverySlot,
    boolean confirmed,
    Optional<String> cancellationReason) {

  public static Order placed(String orderId, String sku, int quantity, long totalCents) {
    return new Order(
        orderId,
        "customer-1",
        totalCents,
        sku,
        quantity,
        Optional.empty(),
        false,
        Optional.empty());
  }

  public Order deliveredIn(String slot) {
    return new Order(
        orderId,
        customerId,
        totalCents,
        sku,
        quantity,
        Optional.of(slot),
        confirmed,
        cancellationReason);
  }

  public Order confirmedOrder() {
    return new Order(
        orderId, customerId, totalCents, sku, quantity, deliverySlot, true, cancellationReason);
  }

  public Order cancelled(String reason) {
    return new Order(
        orderId,
        customerId,
        totalCents,
        sku,
        quantity,
        deliverySlot,
        confirmed,
        Optional.of(reason));
  }
}
