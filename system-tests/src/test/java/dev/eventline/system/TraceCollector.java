package dev.eventline.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver on loopback, as an OpenTelemetry Collector would be: the services
 * export their spans to it ({@code POST /v1/traces}, protobuf), and it keeps them in memory for the
 * tests to read.
 */
final class TraceCollector implements AutoCloseable {
  private final HttpServer server;
  private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

  private TraceCollector(HttpServer server) {
    this.server = server;
  }

  static TraceCollector start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      TraceCollector collector = new TraceCollector(server);
      server.createContext("/v1/traces", collector::receive);
      server.start();
      return collector;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the trace collector", e);
    }
  }

  /** Where the services send their spans: its base URI, under which {@code /v1/traces} is. */
  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Every span received of the trace {@code traceId}. */
  List<ReceivedSpan> trace(String traceId) {
    return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = decoded(exchange)) {
        body = in.readAllBytes();
      }
      for (ResourceSpans resource :
          ExportTraceServiceRequest.parseFrom(body).getResourceSpansList()) {
        String service = serviceName(resource.getResource().getAttributesList());
        for (ScopeSpans scope : resource.getScopeSpansList()) {
          for (Span span : scope.getSpansList()) {
            spans.add(ReceivedSpan.of(service, span));
          }
        }
      }
      byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
      exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  private static InputStream decoded(HttpExchange exchange) throws IOException {
    boolean gzip = "gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"));
    return gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody();
  }

  private static String serviceName(List<KeyValue> attributes) {
    return attributes.stream()
        .filter(attribute -> attribute.getKey().equals("service.name"))
        .map(attribute -> attribute.getValue().getStringValue())
        .findFirst()
        .orElse("unknown");
  }

  /**
   * One span as the collector received it, ids in lower-case hex (the parent's empty at a root).
   */
  record ReceivedSpan(
      String service,
      String traceId,
      String spanId,
      String parentSpanId,
      String name,
      String kind) {
    private static final HexFormat HEX = HexFormat.of();

    static ReceivedSpan of(String service, Span span) {
      return new ReceivedSpan(
          service,
          HEX.formatHex(span.getTraceId().toByteArray()),
          HEX.formatHex(span.getSpanId().toByteArray()),
          HEX.formatHex(span.getParentSpanId().toByteArray()),
          span.getName(),
          span.getKind().name());
    }
  }
}
