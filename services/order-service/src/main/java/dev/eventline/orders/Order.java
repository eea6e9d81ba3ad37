package dev.eventline.orders;

import dev.eventline.orders.api.CancellationReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's order, priced by the server when it was placed. Its id is also its saga's id.
 *
 * @param cancellationReason present exactly when the order is CANCELLED
 */
public record Order(
    UUID id,
    String userId,
    OrderStatus status,
    Optional<CancellationReason> cancellationReason,
    List<OrderItem> items,
    long totalCents,
    Instant createdAt,
    Instant updatedAt) {

  public Order {
    items = List.copyOf(items);
    if ((status == OrderStatus.CANCELLED) != cancellationReason.isPresent()) {
      throw new IllegalArgumentException("a cancelled order, and only one, has a reason");
    }
  }

  /** A new order, waiting for its saga. */
  public static Order pending(UUID id, String userId, List<OrderItem> items, Instant now) {
    long total = items.stream().mapToLong(OrderItem::totalCents).reduce(0, Math::addExact);
    return new Order(id, userId, OrderStatus.PENDING, Optional.empty(), items, total, now, now);
  }
}
