package dev.eventline.cli.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An order as its customer sees it: {@code GET /api/orders/{id}}, and each of a page.
 *
 * @param cancellationReason null unless the order is CANCELLED
 */
public record OrderView(
    UUID orderId,
    OrderStatus status,
    CancellationReason cancellationReason,
    long totalCents,
    List<Item> items,
    Instant createdAt,
    Instant updatedAt) {

  public OrderView {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** A line as priced by the server when the order was placed. */
  public record Item(String sku, int quantity, long unitPriceCents) {}

  public Optional<CancellationReason> reason() {
    return Optional.ofNullable(cancellationReason);
  }

  /** How long the saga took, by the server's clock: from placing to the last change. */
  public Duration age() {
    return Duration.between(createdAt, updatedAt);
  }

  /** How many of {@code sku} the order holds. */
  public int quantityOf(String sku) {
    return items.stream().filter(item -> item.sku().equals(sku)).mapToInt(Item::quantity).sum();
  }
}
