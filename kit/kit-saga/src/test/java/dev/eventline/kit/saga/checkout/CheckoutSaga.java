package dev.eventline.kit.saga.checkout;

import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.checkout.CheckoutMessages.ChargePayment;
import dev.eventline.kit.saga.checkout.CheckoutMessages.OrderShipped;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentCharged;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentDeclined;
import dev.eventline.kit.saga.checkout.CheckoutMessages.PaymentRefunded;
import dev.eventline.kit.saga.checkout.CheckoutMessages.RefundPayment;
import dev.eventline.kit.saga.checkout.CheckoutMessages.ReleaseStock;
import dev.eventline.kit.saga.checkout.CheckoutMessages.ReserveStock;
import dev.eventline.kit.saga.checkout.CheckoutMessages.ShipOrder;
import dev.eventline.kit.saga.checkout.CheckoutMessages.ShippingRefused;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockReleased;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockReserved;
import dev.eventline.kit.saga.checkout.CheckoutMessages.StockUnavailable;
import java.time.Duration;

/** The three-step saga of these tests, in two versions. */
public final class CheckoutSaga {
  /** Each participant has ten seconds per attempt; a step is tried twice, a second apart. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  public static final RetryPolicy TWICE = new RetryPolicy(2, Duration.ofSeconds(1));

  /** Charge, reserve, ship; a failure undoes what was done, last first. */
  public static final Saga<Checkout> V1 =
      Saga.define("checkout", 1, Checkout.class)
          .step("charge-payment")
          .send(c -> new ChargePayment(c.orderId(), c.amountCents()))
          .onReply(PaymentCharged.class, (c, charged) -> c.charged(charged.paymentId()))
          .onFailure(PaymentDeclined.class, (c, declined) -> c)
          .compensate(c -> new RefundPayment(c.orderId(), c.amountCents()), PaymentRefunded.class)
          .retry(TWICE)
          .timeout(TIMEOUT)
          .step("reserve-stock")
          .send(c -> new ReserveStock(c.orderId(), c.sku(), c.quantity()))
          .onReply(StockReserved.class)
          .onFailure(StockUnavailable.class, (c, unavailable) -> c)
          .compensate(
              c -> new ReleaseStock(c.orderId(), c.sku(), c.quantity()), StockReleased.class)
          .retry(TWICE)
          .timeout(TIMEOUT)
          .step("ship-order")
          .send(c -> new ShipOrder(c.orderId()))
          .onReply(OrderShipped.class, (c, shipped) -> c.shipped(shipped.trackingCode()))
          .onFailure(ShippingRefused.class, (c, refused) -> c)
          .retry(TWICE)
          .timeout(TIMEOUT)
          .build();

  /** Version 2 leaves stock to the shipper: charge, then ship. */
  public static final Saga<Checkout> V2 =
      Saga.define("checkout", 2, Checkout.class)
          .step("charge-payment")
          .send(c -> new ChargePayment(c.orderId(), c.amountCents()))
          .onReply(PaymentCharged.class, (c, charged) -> c.charged(charged.paymentId()))
          .compensate(c -> new RefundPayment(c.orderId(), c.amountCents()), PaymentRefunded.class)
          .timeout(TIMEOUT)
          .step("ship-order")
          .send(c -> new ShipOrder(c.orderId()))
          .onReply(OrderShipped.class, (c, shipped) -> c.shipped(shipped.trackingCode()))
          .timeout(TIMEOUT)
          .build();

  private CheckoutSaga() {}
}
