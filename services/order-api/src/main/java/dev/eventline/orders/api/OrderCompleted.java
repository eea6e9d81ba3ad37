package dev.eventline.orders.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/** The order was paid and its stock reserved: the customer gets the goods. */
public record OrderCompleted(UUID orderId, String userId, long totalCents) implements OrderOutcome {
  public OrderCompleted {
    Require.present(orderId, "OrderCompleted.orderId");
    Require.text(userId, "OrderCompleted.userId");
    Require.atLeast(0, totalCents, "OrderCompleted.totalCents");
  }
}
