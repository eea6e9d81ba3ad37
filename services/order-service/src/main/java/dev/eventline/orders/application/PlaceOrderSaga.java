package dev.eventline.orders.application;

import static dev.eventline.kit.messaging.consumer.RetryPolicy.exponentialBackoff;
import static dev.eventline.orders.api.CancellationReason.OUT_OF_STOCK;
import static dev.eventline.orders.api.CancellationReason.PAYMENT_DECLINED;
import static java.time.Duration.ofSeconds;

import dev.eventline.inventory.api.InventoryReservationFailed;
import dev.eventline.inventory.api.InventoryReserved;
import dev.eventline.inventory.api.ReleaseStock;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.api.StockReleased;
import dev.eventline.kit.saga.Saga;
import dev.eventline.payments.api.ChargePayment;
import dev.eventline.payments.api.PaymentFailed;
import dev.eventline.payments.api.PaymentRefunded;
import dev.eventline.payments.api.PaymentSucceeded;
import dev.eventline.payments.api.RefundPayment;

/**
 * The place-order saga of docs/architecture.md: charge, reserve, complete; a refusal or a step that
 * never answers undoes what was done, nearest first, and the order ends CANCELLED.
 */
public final class PlaceOrderSaga {
  public static final String NAME = "place-order";

  private PlaceOrderSaga() {}

  public static Saga<PlaceOrder> definition(OrderOutcomes orders) {
    // spotless:off (a saga reads as a table of steps)
    return Saga.define(NAME, 1, PlaceOrder.class)
        .onCompensated(orders::cancel)
        .step("charge-payment")
            .send(o -> new ChargePayment(o.orderId(), o.userId(), o.totalCents()))
            .onReply(PaymentSucceeded.class, (o, paid) -> o.charged())
            .onFailure(PaymentFailed.class, (o, failed) -> o.cancelled(PAYMENT_DECLINED))
            .compensate(o -> new RefundPayment(o.orderId(), o.userId(), o.totalCents()),
                PaymentRefunded.class)
            .retry(exponentialBackoff(3))
            .timeout(ofSeconds(30))
        .step("reserve-stock")
            .send(o -> new ReserveStock(o.orderId(), o.userId(), o.lines()))
            .onReply(InventoryReserved.class)
            .onFailure(InventoryReservationFailed.class, (o, failed) -> o.cancelled(OUT_OF_STOCK))
            .compensate(o -> new ReleaseStock(o.orderId()), StockReleased.class)
            .retry(exponentialBackoff(3))
            .timeout(ofSeconds(30))
        .step("complete-order")
            .invokeLocal(orders::complete)
        .build();
    // spotless:on
  }
}
