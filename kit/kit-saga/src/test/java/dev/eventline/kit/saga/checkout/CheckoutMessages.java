package dev.eventline.kit.saga.checkout;

import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;

/**
 * The commands the checkout saga sends, registered as events (their schemas are under
 * eventline/schemas/dev.eventline.test.saga.*), and the replies its participants send back.
 */
public final class CheckoutMessages {
  public record ChargePayment(String orderId, long amountCents) {}

  public record RefundPayment(String orderId, long amountCents) {}

  public record ReserveStock(String orderId, String sku, int quantity) {}

  public record ReleaseStock(String orderId, String sku, int quantity) {}

  public record ShipOrder(String orderId) {}

  public record PaymentCharged(String paymentId) {}

  public record PaymentDeclined(String reason) {}

  public record PaymentRefunded() {}

  public record StockReserved() {}

  public record StockUnavailable() {}

  public record StockReleased() {}

  public record OrderShipped(String trackingCode) {}

  public record ShippingRefused(String reason) {}

  public static final String CHARGE_PAYMENT = "dev.eventline.test.saga.ChargePayment";
  public static final String REFUND_PAYMENT = "dev.eventline.test.saga.RefundPayment";
  public static final String RESERVE_STOCK = "dev.eventline.test.saga.ReserveStock";
  public static final String RELEASE_STOCK = "dev.eventline.test.saga.ReleaseStock";
  public static final String SHIP_ORDER = "dev.eventline.test.saga.ShipOrder";

  public static final EventTypes COMMANDS =
      EventTypes.of(
          EventType.of(ChargePayment.class, CHARGE_PAYMENT, "checkout.payments.commands"),
          EventType.of(RefundPayment.class, REFUND_PAYMENT, "checkout.payments.commands"),
          EventType.of(ReserveStock.class, RESERVE_STOCK, "checkout.inventory.commands"),
          EventType.of(ReleaseStock.class, RELEASE_STOCK, "checkout.inventory.commands"),
          EventType.of(ShipOrder.class, SHIP_ORDER, "checkout.shipping.commands"));

  private CheckoutMessages() {}
}
