package dev.eventline.kit.saga.example;

import java.util.List;

/**
 * The messages of the order saga of SYSTEM.md, as the order, payment and inventory APIs own them.
 */
public final class OrderMessages {
  private OrderMessages() {}

  public record Line(String sku, int quantity) {}

  public record ChargePayment(String orderId, String userId, long amountCents) {}

  public record PaymentSucceeded(String orderId, long amountCents) {}

  public record PaymentFailed(String orderId, String reason) {}

  public record RefundPayment(String orderId, long amountCents) {}

  public record PaymentRefunded(String orderId, long amountCents) {}

  public record ReserveStock(String orderId, List<Line> lines) {}

  public record InventoryReserved(String orderId) {}

  public record InventoryReservationFailed(String orderId, String sku) {}

  public record ReleaseStock(String orderId) {}

  public record StockReleased(String orderId) {}
}
