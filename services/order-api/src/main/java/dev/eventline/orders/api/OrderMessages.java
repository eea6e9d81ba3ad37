package dev.eventline.orders.api;

import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;

/**
 * The messages of the order service, each with its CloudEvents type and topic; every one is keyed
 * by its order id.
 *
 * <pre>{@code
 * EventPayloads payloads = EventPayloads.forTypes(OrderMessages.TYPES);
 * }</pre>
 */
public final class OrderMessages {
  public static final EventType<OrderCreated> ORDER_CREATED =
      EventType.of(OrderCreated.class, "dev.eventline.orders.OrderCreated", "orders.created");

  public static final EventType<OrderCompleted> ORDER_COMPLETED =
      EventType.of(OrderCompleted.class, "dev.eventline.orders.OrderCompleted", "orders.completed");

  public static final EventType<OrderCancelled> ORDER_CANCELLED =
      EventType.of(OrderCancelled.class, "dev.eventline.orders.OrderCancelled", "orders.cancelled");

  /** Every message the order service publishes. */
  public static final EventTypes TYPES =
      EventTypes.of(ORDER_CREATED, ORDER_COMPLETED, ORDER_CANCELLED);

  private OrderMessages() {}
}
