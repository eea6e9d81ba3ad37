package dev.eventline.kit.spring;

import static dev.eventline.kit.messaging.sample.SampleEvents.ORDER_PLACED;
import static dev.eventline.kit.messaging.sample.SampleEvents.PAYMENT_TAKEN;
import static dev.eventline.kit.spring.ShopIntegrationTest.newOrderId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.spring.shop.Shop;
import dev.eventline.kit.spring.shop.ShopApplication;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The starter with Spring Boot's OpenTelemetry SDK: an order placed inside a request's span is
 * published, handled and answered in one trace, each hop a child of the one before.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopTracingIntegrationTest {
  private final ShopTopics topics;
  private final ConfigurableApplicationContext shopContext;
  private final InMemorySpanExporter spans;

  ShopTracingIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.topics = new ShopTopics(kafka);
    ShopSettings settings = ShopSettings.of(database, kafka, "shop", Duration.ofMillis(500));
    this.shopContext =
        new SpringApplicationBuilder(
                ShopApplication.class, ShopIntegrationTest.Meters.class, Spans.class)
            .properties(settings.properties())
            .properties(
                "management.tracing.sampling.probability=1.0",
                "management.opentelemetry.tracing.export.schedule-delay=50ms")
            .run();
    this.spans = shopContext.getBean(InMemorySpanExporter.class);
  }

  @AfterAll
  void stopTheShop() {
    shopContext.close();
  }

  @Test
  void anOrderIsPublishedHandledAndAnsweredInTheTraceOfTheRequestThatPlacedIt() {
    String orderId = newOrderId();
    Span request =
        shopContext
            .getBean(OpenTelemetry.class)
            .getTracer("test")
            .spanBuilder("POST /orders")
            .setSpanKind(SpanKind.SERVER)
            .startSpan();
    try (Scope current = request.makeCurrent()) {
      shopContext.getBean(Shop.class).place(orderId, 2599, "corr-" + orderId);
    } finally {
      request.end();
    }
    String trace = request.getSpanContext().getTraceId();

    SpanData publishPaid =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> find(trace, "publish " + PAYMENT_TAKEN.topic()), Optional::isPresent)
            .orElseThrow();
    SpanData publishPlaced = find(trace, "publish " + ORDER_PLACED.topic()).orElseThrow();
    SpanData processPlaced = find(trace, "process " + ORDER_PLACED.topic()).orElseThrow();

    assertThat(publishPlaced.getKind()).isEqualTo(SpanKind.PRODUCER);
    assertThat(publishPlaced.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
    assertThat(processPlaced.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(processPlaced.getParentSpanId()).isEqualTo(publishPlaced.getSpanId());
    assertThat(publishPaid.getParentSpanId()).isEqualTo(processPlaced.getSpanId());
    SignedEvent paid = topics.eventAbout(PAYMENT_TAKEN.topic(), orderId);
    assertThat(paid.attributes().traceparent())
        .hasValueSatisfying(
            traceparent -> assertThat(traceparent).contains(trace + "-" + publishPaid.getSpanId()));
  }

  private Optional<SpanData> find(String trace, String name) {
    List<SpanData> ended = spans.getFinishedSpanItems();
    return ended.stream()
        .filter(span -> span.getTraceId().equals(trace) && span.getName().equals(name))
        .findFirst();
  }

  static class Spans {
    @Bean
    InMemorySpanExporter spanExporter() {
      return InMemorySpanExporter.create();
    }
  }
}
