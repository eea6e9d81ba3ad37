package dev.eventline.kit.messaging;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event comes from in the business flow: the correlation id of the flow, the event that
 * caused it (none for the first event of a flow, caused by a request), and the W3C trace context.
 *
 * <pre>{@code
 * EventOrigin.request(correlationId)     // in an HTTP handler
 * EventOrigin.causedBy(received)         // in an event handler: same flow, caused by that event
 * }</pre>
 */
public record EventOrigin(
    String correlationId, Optional<EventId> causationId, Optional<String> traceparent) {
  public EventOrigin {
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(causationId, "causationId");
    Objects.requireNonNull(traceparent, "traceparent");
    if (correlationId.isBlank()) {
      throw new IllegalArgumentException("a correlation id cannot be blank");
    }
  }

  /** The first event of a flow, started by a request with this correlation id. */
  public static EventOrigin request(String correlationId) {
    return new EventOrigin(correlationId, Optional.empty(), Optional.empty());
  }

  /** An event caused by {@code cause}: it continues the cause's flow and trace. */
  public static EventOrigin causedBy(EventAttributes cause) {
    return new EventOrigin(cause.correlationId(), Optional.of(cause.id()), cause.traceparent());
  }

  public EventOrigin withTraceparent(String traceparent) {
    return new EventOrigin(correlationId, causationId, Optional.of(traceparent));
  }
}
