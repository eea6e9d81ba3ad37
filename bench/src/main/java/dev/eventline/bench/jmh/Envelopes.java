package dev.eventline.bench.jmh;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.messaging.EventTypes;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The envelope of {@link OrderPlaced#sample()} as the order service would publish it in a flow
 * started by a request: every attribute and extension set, causation id and traceparent included,
 * so the record carries the full set of headers.
 */
final class Envelopes {
  static final URI SOURCE = URI.create("/services/orders");
  static final String KEY_ID = "orders-2026-11";
  static final EventTypes TYPES = EventTypes.of(OrderPlaced.TYPE);

  private Envelopes() {}

  static EventAttributes attributesOf(OrderPlaced order) {
    Instant time = order.createdAt();
    return new EventAttributes(
        EventId.derived(time, "order-placed:" + order.orderId()),
        SOURCE,
        OrderPlaced.TYPE.name(),
        OrderPlaced.TYPE.version(),
        time,
        order.orderId().toString(),
        "request-6f1d2c3b",
        Optional.of(EventId.derived(time, "request-6f1d2c3b")),
        Optional.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
  }
}
