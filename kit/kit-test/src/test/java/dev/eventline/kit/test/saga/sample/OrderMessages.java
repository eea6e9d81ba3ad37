package dev.eventline.kit.test.saga.sample;

/** The commands and replies of the sample order saga, one participant per group. */
public final class OrderMessages {
  private OrderMessages() {}

  public record ChargePayment(String orderId, String customerId, long amountCents) {}

  public record PaymentCharged(String orderId) {}

  public record PaymentDeclined(String orderId, String reason) {}

  public record RefundPayment(String orderId, long amountCents) {}

  public record PaymentRefunded(String orderId) {}

  public record ReserveStock(String orderId, String sku, int quantity) {}

  public record StockReserved(String orderId) {}

  public record OutOfStock(String orderId, String sku) {}

  public record ReleaseStock(String orderId, String sku, int quantity) {}

  public record StockReleased(String orderId) {}

  public record BookDelivery(String orderId) {}

  public record DeliveryBooked(String orderId, String slot) {}

  public record NoCourier(String orderId) {}

  public record CancelDelivery(String orderId) {}

  public record DeliveryCancelled(String orderId) {}
}
