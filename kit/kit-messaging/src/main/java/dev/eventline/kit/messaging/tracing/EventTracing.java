package dev.eventline.kit.messaging.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Joins an event's journey to the trace of the request that caused it, with OpenTelemetry:
 *
 * <ul>
 *   <li>an event appended to the outbox takes the W3C {@code traceparent} of the span current at
 *       that moment (an HTTP request's, or the handling of the event that caused it);
 *   <li>the relay sends it in a {@link SpanKind#PRODUCER} span, a child of that traceparent, and
 *       rewrites the record's {@code ce_traceparent} and {@code traceparent} headers to name the
 *       publish span (the signature leaves the traceparent out for this reason);
 *   <li>each consumer handles it in a {@link SpanKind#CONSUMER} span, a child of the publish span,
 *       current while the handler runs: the events it appends continue the same trace.
 * </ul>
 *
 * <p>With {@link #NONE} (no OpenTelemetry SDK) no span is recorded, but traceparents still travel
 * unchanged from cause to effect.
 */
public final class EventTracing {
  /** No spans recorded; traceparents passed on as they came. */
  public static final EventTracing NONE = new EventTracing(OpenTelemetry.noop());

  static final String TRACEPARENT = "traceparent";
  static final String CLOUDEVENTS_TRACEPARENT = "ce_traceparent";

  private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
  private static final AttributeKey<String> DESTINATION =
      AttributeKey.stringKey("messaging.destination.name");
  private static final AttributeKey<String> OPERATION =
      AttributeKey.stringKey("messaging.operation.type");
  private static final AttributeKey<String> MESSAGE_ID =
      AttributeKey.stringKey("messaging.message.id");
  private static final AttributeKey<String> KEY =
      AttributeKey.stringKey("messaging.kafka.message.key");
  private static final AttributeKey<String> GROUP =
      AttributeKey.stringKey("messaging.consumer.group.name");
  private static final AttributeKey<String> EVENT_TYPE =
      AttributeKey.stringKey("cloudevents.event_type");
  private static final AttributeKey<String> CORRELATION_ID =
      AttributeKey.stringKey("eventline.correlation_id");

  private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
  private static final TextMapGetter<Map<String, String>> MAP_GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private final Tracer tracer;

  public EventTracing(OpenTelemetry openTelemetry) {
    this.tracer =
        Objects.requireNonNull(openTelemetry, "openTelemetry")
            .getTracer("dev.eventline.kit.messaging");
  }

  /** The span current on this thread as a W3C traceparent; empty when none is. */
  public static Optional<String> currentTraceparent() {
    return traceparentOf(Span.current().getSpanContext());
  }

  /**
   * Starts the span of sending one outbox record, a child of the traceparent the record carries,
   * and points the record's headers at it. The caller ends it when the broker answers.
   */
  public Span publishing(String topic, String key, Headers headers) {
    Optional<String> parent = header(headers, CLOUDEVENTS_TRACEPARENT);
    Span span =
        tracer
            .spanBuilder("publish " + topic)
            .setSpanKind(SpanKind.PRODUCER)
            .setParent(contextOf(parent))
            .setAttribute(SYSTEM, "kafka")
            .setAttribute(DESTINATION, topic)
            .setAttribute(OPERATION, "send")
            .setAttribute(KEY, key)
            .setAttribute(MESSAGE_ID, header(headers, "ce_id").orElse(""))
            .setAttribute(EVENT_TYPE, header(headers, "ce_type").orElse(""))
            .startSpan();
    Optional<String> published = traceparentOf(span.getSpanContext()).or(() -> parent);
    published.ifPresent(
        traceparent -> {
          byte[] value = traceparent.getBytes(StandardCharsets.UTF_8);
          headers.remove(CLOUDEVENTS_TRACEPARENT).add(CLOUDEVENTS_TRACEPARENT, value);
          headers.remove(TRACEPARENT).add(TRACEPARENT, value);
        });
    return span;
  }

  /**
   * Starts the span of handling one event, a child of {@code traceparent} (the publish span's),
   * with its messaging attributes. The caller makes it current while the handler runs.
   */
  public Span processing(
      String topic, String group, Optional<String> traceparent, ProcessedEvent event) {
    return tracer
        .spanBuilder("process " + topic)
        .setSpanKind(SpanKind.CONSUMER)
        .setParent(contextOf(traceparent))
        .setAttribute(SYSTEM, "kafka")
        .setAttribute(DESTINATION, topic)
        .setAttribute(OPERATION, "process")
        .setAttribute(GROUP, group)
        .setAttribute(KEY, event.subject())
        .setAttribute(MESSAGE_ID, event.id())
        .setAttribute(EVENT_TYPE, event.type())
        .setAttribute(CORRELATION_ID, event.correlationId())
        .startSpan();
  }

  /** What the processing span says about the event it handles. */
  public record ProcessedEvent(String id, String type, String subject, String correlationId) {}

  /** A context whose span is the remote one {@code traceparent} names; the root context if none. */
  static Context contextOf(Optional<String> traceparent) {
    return traceparent
        .map(value -> W3C.extract(Context.root(), Map.of(TRACEPARENT, value), MAP_GETTER))
        .orElse(Context.root());
  }

  /** Version 00 of the W3C format, written directly: this runs for every event published. */
  private static Optional<String> traceparentOf(SpanContext span) {
    return span.isValid()
        ? Optional.of(
            "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex())
        : Optional.empty();
  }

  private static Optional<String> header(Headers headers, String key) {
    Header header = headers.lastHeader(key);
    return header == null || header.value() == null
        ? Optional.empty()
        : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }
}
