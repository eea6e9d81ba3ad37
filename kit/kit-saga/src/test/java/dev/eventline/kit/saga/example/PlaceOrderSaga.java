package dev.eventline.kit.saga.example;

import static dev.eventline.kit.messaging.consumer.RetryPolicy.exponentialBackoff;
import static java.time.Duration.ofSeconds;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.example.OrderMessages.ChargePayment;
import dev.eventline.kit.saga.example.OrderMessages.InventoryReservationFailed;
import dev.eventline.kit.saga.example.OrderMessages.InventoryReserved;
import dev.eventline.kit.saga.example.OrderMessages.PaymentFailed;
import dev.eventline.kit.saga.example.OrderMessages.PaymentRefunded;
import dev.eventline.kit.saga.example.OrderMessages.PaymentSucceeded;
import dev.eventline.kit.saga.example.OrderMessages.RefundPayment;
import dev.eventline.kit.saga.example.OrderMessages.ReleaseStock;
import dev.eventline.kit.saga.example.OrderMessages.ReserveStock;
import dev.eventline.kit.saga.example.OrderMessages.StockReleased;

/** The order saga of SYSTEM.md, the kit-saga README's worked example. */
public final class PlaceOrderSaga {
  private PlaceOrderSaga() {}

  public static Saga<PlaceOrder> definition() {
    // spotless:off (a saga reads as a table of steps)
    // quick-start:begin
    return Saga.define("place-order", 1, PlaceOrder.class)
        .step("charge-payment")
            .send(o -> new ChargePayment(o.orderId(), o.userId(), o.totalCents()))
            .onReply(PaymentSucceeded.class)
            .onFailure(PaymentFailed.class, (o, failed) -> o.cancelled("PAYMENT_DECLINED"))
            .compensate(o -> new RefundPayment(o.orderId(), o.totalCents()), PaymentRefunded.class)
            .retry(exponentialBackoff(3))
            .timeout(ofSeconds(30))
        .step("reserve-stock")
            .send(o -> new ReserveStock(o.orderId(), o.lines()))
            .onReply(InventoryReserved.class)
            .onFailure(InventoryReservationFailed.class, (o, failed) -> o.cancelled("OUT_OF_STOCK"))
            .compensate(o -> new ReleaseStock(o.orderId()), StockReleased.class)
            .timeout(ofSeconds(30))
        .step("complete-order")
            .invokeLocal(PlaceOrder::complete)
        .build();
    // quick-start:end
    // spotless:on
  }
}
