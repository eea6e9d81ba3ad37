package dev.eventline.kit.messaging.tracing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class EventTracingTest {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String PARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";

  private final RecordedSpans spans = new RecordedSpans();
  private final EventTracing tracing = new EventTracing(spans.openTelemetry());

  @Test
  void theRelaySendsARecordInAProducerSpanChildOfItsTraceparentAndNamesThatSpanInTheHeaders() {
    Headers headers = new RecordHeaders().add("ce_traceparent", PARENT.getBytes(UTF_8));

    tracing.publishing("orders.created", "order-1", headers).end();

    SpanData publish = spans.only();
    assertThat(publish.getName()).isEqualTo("publish orders.created");
    assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
    assertThat(publish.getTraceId()).isEqualTo(TRACE);
    assertThat(publish.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
    String named = "00-" + TRACE + "-" + publish.getSpanId() + "-01";
    assertThat(header(headers, "ce_traceparent")).isEqualTo(named);
    assertThat(header(headers, "traceparent")).isEqualTo(named);
    assertThat(headers.headers("ce_traceparent")).hasSize(1);
  }

  @Test
  void withoutAnSdkTheTraceparentTravelsUnchanged() {
    Headers headers = new RecordHeaders().add("ce_traceparent", PARENT.getBytes(UTF_8));

    EventTracing.NONE.publishing("orders.created", "order-1", headers).end();

    assertThat(header(headers, "ce_traceparent")).isEqualTo(PARENT);
  }

  @Test
  void anEventWithoutATraceparentStartsATraceOfItsOwnOnlyWhenSpansAreRecorded() {
    Headers traced = new RecordHeaders();
    Headers untraced = new RecordHeaders();

    tracing.publishing("orders.created", "order-1", traced).end();
    EventTracing.NONE.publishing("orders.created", "order-1", untraced).end();

    assertThat(header(traced, "ce_traceparent")).startsWith("00-" + spans.only().getTraceId());
    assertThat(untraced.lastHeader("ce_traceparent")).isNull();
  }

  @Test
  void theCurrentTraceparentIsTheCurrentSpansAndNoneOutsideASpan() {
    assertThat(EventTracing.currentTraceparent()).isEmpty();
    Span request = spans.openTelemetry().getTracer("test").spanBuilder("request").startSpan();
    try (Scope current = request.makeCurrent()) {
      assertThat(EventTracing.currentTraceparent())
          .contains(
              "00-"
                  + request.getSpanContext().getTraceId()
                  + "-"
                  + request.getSpanContext().getSpanId()
                  + "-"
                  + request.getSpanContext().getTraceFlags().asHex());
    } finally {
      request.end();
    }
  }

  @Test
  void aProcessingSpanIsAConsumerSpanChildOfThePublishSpan() {
    tracing
        .processing(
            "orders.created",
            "payments",
            Optional.of(PARENT),
            new EventTracing.ProcessedEvent("id-1", "OrderCreated", "order-1", "corr-1"))
        .end();

    SpanData process = spans.only();
    assertThat(process.getName()).isEqualTo("process orders.created");
    assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(process.getTraceId()).isEqualTo(TRACE);
    assertThat(process.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
    assertThat(process.getAttributes().asMap().toString())
        .contains("messaging.consumer.group.name=payments", "eventline.correlation_id=corr-1");
  }

  private static String header(Headers headers, String key) {
    return new String(headers.lastHeader(key).value(), UTF_8);
  }
}
