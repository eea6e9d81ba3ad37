package dev.eventline.bench.jmh;

import dev.eventline.kit.messaging.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The event the envelope and signature benchmarks carry: shaped like order-api's {@code
 * OrderCreated} and checked against the same schema ({@code
 * eventline/schemas/dev.eventline.bench.OrderPlaced/v1.schema.json}), which bench cannot depend on.
 * It has no checks of its own, so that a test can make one its schema refuses.
 */
public record OrderPlaced(
    UUID orderId, String userId, List<Line> lines, long totalCents, Instant createdAt) {
  public static final EventType<OrderPlaced> TYPE =
      EventType.of(OrderPlaced.class, "dev.eventline.bench.OrderPlaced", "bench.orders.placed");

  /** One line of the order, priced when it was placed. */
  public record Line(String sku, int quantity, long unitPriceCents) {}

  /** Six lines, about 500 bytes of JSON: a large order, but not an unusual one. */
  public static OrderPlaced sample() {
    List<Line> lines =
        List.of(
            new Line("KEYBOARD-TKL-BROWN", 1, 8999),
            new Line("MOUSE-WIRELESS-M2", 1, 3499),
            new Line("USB-C-CABLE-2M", 3, 1299),
            new Line("MONITOR-ARM-SINGLE", 1, 5999),
            new Line("DESK-MAT-XL-GREY", 1, 2499),
            new Line("WEBCAM-1080P-AF", 1, 6999));
    long total = lines.stream().mapToLong(line -> line.quantity() * line.unitPriceCents()).sum();
    return new OrderPlaced(
        UUID.fromString("0193f4a2-7c1e-7b3d-9a5f-2e8c4d6b1a90"),
        "customer-4711",
        lines,
        total,
        Instant.parse("2026-11-23T10:00:00Z"));
  }
}
