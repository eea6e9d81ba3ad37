package dev.eventline.bench.jmh;

import java.util.List;
import java.util.UUID;

/**
 * The commands and replies of the place-order saga, shaped like those of the payment and inventory
 * APIs. The saga machine routes replies by their type only, so these need no schemas.
 */
public final class OrderSagaMessages {
  private OrderSagaMessages() {}

  public record Line(String sku, int quantity) {}

  public record ChargePayment(UUID orderId, String userId, long amountCents) {}

  public record PaymentSucceeded(UUID orderId, long amountCents) {}

  public record PaymentFailed(UUID orderId, String reason) {}

  public record RefundPayment(UUID orderId, long amountCents) {}

  public record PaymentRefunded(UUID orderId, long amountCents) {}

  public record ReserveStock(UUID orderId, List<Line> lines) {}

  public record InventoryReserved(UUID orderId) {}

  public record InventoryReservationFailed(UUID orderId, String sku) {}

  public record ReleaseStock(UUID orderId) {}

  public record StockReleased(UUID orderId) {}
}
