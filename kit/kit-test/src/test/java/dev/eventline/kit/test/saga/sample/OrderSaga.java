package dev.eventline.kit.test.saga.sample;

import static java.time.Duration.ofSeconds;

import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.TimeoutPolicy;
import dev.eventline.kit.test.saga.sample.OrderMessages.BookDelivery;
import dev.eventline.kit.test.saga.sample.OrderMessages.CancelDelivery;
import dev.eventline.kit.test.saga.sample.OrderMessages.ChargePayment;
import dev.eventline.kit.test.saga.sample.OrderMessages.DeliveryBooked;
import dev.eventline.kit.test.saga.sample.OrderMessages.DeliveryCancelled;
import dev.eventline.kit.test.saga.sample.OrderMessages.NoCourier;
import dev.eventline.kit.test.saga.sample.OrderMessages.OutOfStock;
import dev.eventline.kit.test.saga.sample.OrderMessages.PaymentCharged;
import dev.eventline.kit.test.saga.sample.OrderMessages.PaymentDeclined;
import dev.eventline.kit.test.saga.sample.OrderMessages.PaymentRefunded;
import dev.eventline.kit.test.saga.sample.OrderMessages.RefundPayment;
import dev.eventline.kit.test.saga.sample.OrderMessages.ReleaseStock;
import dev.eventline.kit.test.saga.sample.OrderMessages.ReserveStock;
import dev.eventline.kit.test.saga.sample.OrderMessages.StockReleased;
import dev.eventline.kit.test.saga.sample.OrderMessages.StockReserved;

/**
 * The kit's own sample: three participant steps, each compensable, then a local step. Payment and
 * stock retry a silent participant twice before giving up; delivery gives up at its first timeout.
 */
public final class OrderSaga {
  public static final RetryPolicy TWICE_MORE = new RetryPolicy(3, ofSeconds(1));

  private OrderSaga() {}

  public static Saga<Order> definition() {
    // spotless:off (a saga reads as a table of steps)
    return Saga.define("order", 1, Order.class)
        .step("charge-payment")
            .send(o -> new ChargePayment(o.orderId(), o.customerId(), o.totalCents()))
            .onReply(PaymentCharged.class)
            .onFailure(PaymentDeclined.class, (o, declined) -> o.cancelled("PAYMENT_DECLINED"))
            .compensate(o -> new RefundPayment(o.orderId(), o.totalCents()), PaymentRefunded.class)
            .retry(TWICE_MORE)
            .timeout(ofSeconds(10))
        .step("reserve-stock")
            .send(o -> new ReserveStock(o.orderId(), o.sku(), o.quantity()))
            .onReply(StockReserved.class)
            .onFailure(OutOfStock.class, (o, out) -> o.cancelled("OUT_OF_STOCK"))
            .compensate(o -> new ReleaseStock(o.orderId(), o.sku(), o.quantity()), StockReleased.class)
            .retry(TWICE_MORE)
            .timeout(ofSeconds(10))
        .step("book-delivery")
            .send(o -> new BookDelivery(o.orderId()))
            .onReply(DeliveryBooked.class, (o, booked) -> o.deliveredIn(booked.slot()))
            .onFailure(NoCourier.class, (o, none) -> o.cancelled("NO_COURIER"))
            .compensate(o -> new CancelDelivery(o.orderId()), DeliveryCancelled.class)
            .retry(TWICE_MORE)
            .timeout(ofSeconds(10))
            .onTimeout(TimeoutPolicy.COMPENSATE)
        .step("confirm-order")
            .invokeLocal(Order::confirmedOrder)
            .retry(TWICE_MORE)
        .build();
    // spotless:on
  }
}
