package dev.eventline.kit.messaging.tracing;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.consumer.EventHandler;
import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.messaging.tracing.EventTracing.ProcessedEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * Handles each event in a span of its own and with its context in the logging MDC ({@code
 * correlationId}, {@code eventId}, {@code eventType}, {@code traceId}, {@code spanId}): what the
 * handler logs and appends belongs to the event's flow and trace. Put it inside the inbox
 * transaction, around the application's handlers, so each event of a group gets its own span.
 */
public final class TracedHandler implements EventHandler {
  /** The MDC keys it sets while a handler runs, and removes after. */
  public static final String CORRELATION_ID = "correlationId";

  public static final String EVENT_ID = "eventId";
  public static final String EVENT_TYPE = "eventType";
  public static final String TRACE_ID = "traceId";
  public static final String SPAN_ID = "spanId";

  private final EventHandler handler;
  private final EventTracing tracing;
  private final EventTypes types;
  private final String group;

  /**
   * @param types names each event's topic for its span
   * @param group the consumer group, an attribute of every span
   */
  public TracedHandler(EventHandler handler, EventTracing tracing, EventTypes types, String group) {
    this.handler = Objects.requireNonNull(handler, "handler");
    this.tracing = Objects.requireNonNull(tracing, "tracing");
    this.types = Objects.requireNonNull(types, "types");
    this.group = Objects.requireNonNull(group, "group");
  }

  @Override
  public void handle(SignedEvent event) throws Exception {
    EventAttributes attributes = event.attributes();
    String topic = types.find(attributes.type()).map(type -> type.topic()).orElse("unknown");
    Span span =
        tracing.processing(
            topic,
            group,
            attributes.traceparent(),
            new ProcessedEvent(
                attributes.id().toString(),
                attributes.type(),
                attributes.subject(),
                attributes.correlationId()));
    try (Scope current = span.makeCurrent();
        LogContext context = LogContext.of(attributes, span.getSpanContext())) {
      handler.handle(event);
    } catch (Exception e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }

  @Override
  public Optional<RetryPolicy> retryPolicyFor(EventAttributes event) {
    return handler.retryPolicyFor(event);
  }

  /** The MDC entries of one event, put back as they were when closed. */
  private record LogContext(String[] keys, String[] previous) implements AutoCloseable {
    static LogContext of(EventAttributes attributes, SpanContext span) {
      String[] keys = {CORRELATION_ID, EVENT_ID, EVENT_TYPE, TRACE_ID, SPAN_ID};
      String[] values = {
        attributes.correlationId(),
        attributes.id().toString(),
        attributes.type(),
        span.isValid() ? span.getTraceId() : null,
        span.isValid() ? span.getSpanId() : null
      };
      String[] previous = new String[keys.length];
      for (int i = 0; i < keys.length; i++) {
        previous[i] = MDC.get(keys[i]);
        put(keys[i], values[i]);
      }
      return new LogContext(keys, previous);
    }

    @Override
    public void close() {
      for (int i = 0; i < keys.length; i++) {
        put(keys[i], previous[i]);
      }
    }

    private static void put(String key, String value) {
      if (value == null) {
        MDC.remove(key);
      } else {
        MDC.put(key, value);
      }
    }
  }
}
