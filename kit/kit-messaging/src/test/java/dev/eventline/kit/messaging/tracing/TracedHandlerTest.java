package dev.eventline.kit.messaging.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.sample.SampleEvents;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TracedHandlerTest {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final EventType<?> PLACED = SampleEvents.ORDER_PLACED;

  private final RecordedSpans spans = new RecordedSpans();
  private final EventTracing tracing = new EventTracing(spans.openTelemetry());
  private final Map<String, String> seen = new HashMap<>();

  @AfterEach
  void clearTheMdc() {
    MDC.clear();
  }

  @Test
  void theHandlerRunsInAConsumerSpanWithTheEventsFlowAndTraceInTheMdc() throws Exception {
    MDC.put("correlationId", "the-thread's-own");
    SignedEvent event = event("00-" + TRACE + "-00f067aa0ba902b7-01");
    TracedHandler handler =
        new TracedHandler(
            received -> {
              seen.putAll(MDC.getCopyOfContextMap());
              seen.put("current", Span.current().getSpanContext().getSpanId());
              seen.put("traceparent", EventTracing.currentTraceparent().orElseThrow());
            },
            tracing,
            SampleEvents.TYPES,
            "payments");

    handler.handle(event);

    SpanData process = spans.only();
    assertThat(process.getName()).isEqualTo("process " + PLACED.topic());
    assertThat(process.getTraceId()).isEqualTo(TRACE);
    assertThat(seen)
        .containsEntry("correlationId", "corr-1")
        .containsEntry("eventId", event.attributes().id().toString())
        .containsEntry("eventType", PLACED.name())
        .containsEntry("traceId", TRACE)
        .containsEntry("spanId", process.getSpanId())
        .containsEntry("current", process.getSpanId())
        .containsEntry("traceparent", "00-" + TRACE + "-" + process.getSpanId() + "-01");
    assertThat(MDC.get("correlationId")).isEqualTo("the-thread's-own");
    assertThat(MDC.get("traceId")).isNull();
  }

  @Test
  void aFailingHandlersSpanEndsInErrorAndTheFailureGoesOn() {
    TracedHandler handler =
        new TracedHandler(
            received -> {
              throw new IllegalStateException("database busy");
            },
            tracing,
            SampleEvents.TYPES,
            "payments");

    assertThatThrownBy(() -> handler.handle(event("00-" + TRACE + "-00f067aa0ba902b7-01")))
        .hasMessage("database busy");

    SpanData process = spans.only();
    assertThat(process.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(process.getEvents()).extracting(e -> e.getName()).contains("exception");
    assertThat(MDC.get("correlationId")).isNull();
  }

  @Test
  void withoutAnSdkTheHandlerStillSeesTheEventsTraceparentAndFlow() throws Exception {
    String traceparent = "00-" + TRACE + "-00f067aa0ba902b7-01";
    TracedHandler handler =
        new TracedHandler(
            received -> {
              seen.put("traceparent", EventTracing.currentTraceparent().orElse("none"));
              seen.put("correlationId", MDC.get("correlationId"));
            },
            EventTracing.NONE,
            EventTypes.of(),
            "payments");

    handler.handle(event(traceparent));

    assertThat(seen)
        .containsEntry("traceparent", traceparent)
        .containsEntry("correlationId", "corr-1");
  }

  private static SignedEvent event(String traceparent) {
    return new SignedEvent(
        new EventAttributes(
            EventIdGenerator.systemDefault().next(),
            URI.create("/services/shop"),
            PLACED.name(),
            2,
            Instant.now(),
            "order-1",
            "corr-1",
            Optional.empty(),
            Optional.of(traceparent)),
        new byte[0],
        Optional.empty());
  }
}
