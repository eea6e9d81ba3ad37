package dev.eventline.kit.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** Test fixtures: events as the order service would publish them. */
final class Events {
  static final URI ORDERS = URI.create("/services/orders");
  static final URI PAYMENTS = URI.create("/services/payments");
  private static final EventIdGenerator IDS = EventIdGenerator.systemDefault();

  private Events() {}

  static EventAttributes orderCreated(String orderId) {
    return new EventAttributes(
        IDS.next(),
        ORDERS,
        "dev.eventline.orders.OrderCreated",
        1,
        Instant.parse("2026-11-23T09:30:00.123456789Z"),
        orderId,
        "correlation-" + orderId,
        Optional.of(IDS.next()),
        Optional.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
  }

  static byte[] payload(String orderId) {
    return ("{\"orderId\":\"" + orderId + "\",\"totalCents\":2599}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
