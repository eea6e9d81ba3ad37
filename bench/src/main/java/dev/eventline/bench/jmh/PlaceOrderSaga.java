package dev.eventline.bench.jmh;

import static dev.eventline.kit.messaging.consumer.RetryPolicy.exponentialBackoff;
import static java.time.Duration.ofSeconds;

import dev.eventline.bench.jmh.OrderSagaMessages.ChargePayment;
import dev.eventline.bench.jmh.OrderSagaMessages.InventoryReservationFailed;
import dev.eventline.bench.jmh.OrderSagaMessages.InventoryReserved;
import dev.eventline.bench.jmh.OrderSagaMessages.Line;
import dev.eventline.bench.jmh.OrderSagaMessages.PaymentFailed;
import dev.eventline.bench.jmh.OrderSagaMessages.PaymentRefunded;
import dev.eventline.bench.jmh.OrderSagaMessages.PaymentSucceeded;
import dev.eventline.bench.jmh.OrderSagaMessages.RefundPayment;
import dev.eventline.bench.jmh.OrderSagaMessages.ReleaseStock;
import dev.eventline.bench.jmh.OrderSagaMessages.ReserveStock;
import dev.eventline.bench.jmh.OrderSagaMessages.StockReleased;
import dev.eventline.kit.saga.Saga;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The three-step order saga of the kit-saga README, which the saga benchmark moves on. */
public final class PlaceOrderSaga {
  private PlaceOrderSaga() {}

  /** The saga's data: what it needs for its commands, and why it was cancelled. */
  public record PlaceOrder(
      UUID orderId,
      String userId,
      long totalCents,
      List<Line> lines,
      boolean completed,
      Optional<String> cancellationReason) {

    public PlaceOrder cancelled(String reason) {
      return new PlaceOrder(orderId, userId, totalCents, lines, completed, Optional.of(reason));
    }

    public PlaceOrder complete() {
      return new PlaceOrder(orderId, userId, totalCents, lines, true, cancellationReason);
    }
  }

  public static Saga<PlaceOrder> definition() {
    // spotless:off (a saga reads as a table of steps)
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
    // spotless:on
  }

  /** A new order of two lines, 11,497 cents in all. */
  public static PlaceOrder newOrder() {
    return new PlaceOrder(
        UUID.fromString("0193f4a2-7c1e-7b3d-9a5f-2e8c4d6b1a90"),
        "customer-4711",
        11_497,
        List.of(new Line("KEYBOARD-TKL-BROWN", 1), new Line("USB-C-CABLE-2M", 2)),
        false,
        Optional.empty());
  }
}
