package dev.eventline.orders.api;

import static dev.eventline.orders.api.CancellationReason.OUT_OF_STOCK;

import dev.eventline.kit.messaging.schema.Example;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Alice's order, the one the stored samples hold. */
final class OrderExamples {
  static final UUID ORDER_ID = UUID.fromString("0193a1b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b");
  static final String ALICE = "alice";
  static final Instant CREATED_AT = Instant.parse("2026-11-23T10:15:30.125Z");
  static final OrderLine COFFEE = new OrderLine("coffee-beans-1kg", 2, 1899);
  static final OrderLine CUP = new OrderLine("espresso-cup", 1, 650);

  private OrderExamples() {}

  static OrderCreated orderCreated() {
    return new OrderCreated(ORDER_ID, ALICE, List.of(COFFEE, CUP), 4448, CREATED_AT);
  }

  static OrderCompleted orderCompleted() {
    return new OrderCompleted(ORDER_ID, ALICE, 4448);
  }

  static OrderCancelled orderCancelled() {
    return new OrderCancelled(ORDER_ID, ALICE, OUT_OF_STOCK);
  }

  /** One example of every message, equal to its stored sample. */
  static List<Example<?>> everyMessage() {
    return List.of(
        new Example<>(OrderMessages.ORDER_CREATED, orderCreated()),
        new Example<>(OrderMessages.ORDER_COMPLETED, orderCompleted()),
        new Example<>(OrderMessages.ORDER_CANCELLED, orderCancelled()));
  }
}
