package dev.eventline.orders.api;

import dev.eventline.kit.messaging.Require;
import java.util.UUID;

/**
 * The order did not go through; any money taken for it has been refunded by the time this is
 * published.
 */
public record OrderCancelled(UUID orderId, String userId, CancellationReason reason)
    implements OrderOutcome {
  public OrderCancelled {
    Require.present(orderId, "OrderCancelled.orderId");
    Require.text(userId, "OrderCancelled.userId");
    Require.present(reason, "OrderCancelled.reason");
  }
}
