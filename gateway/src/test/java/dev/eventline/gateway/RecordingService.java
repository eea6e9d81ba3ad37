package dev.eventline.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for one service: a real HTTP server on loopback that records every request it gets and
 * answers what a test told it to for a path, or 200 with {@code {"service":NAME}}.
 */
final class RecordingService implements AutoCloseable {
  /** One request as the service received it; header names are lower case. */
  record Received(
      String method, String path, String query, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase());
      return values == null || values.isEmpty() ? null : values.getFirst();
    }
  }

  record Answer(int status, String contentType, String body) {
    static Answer json(int status, String body) {
      return new Answer(status, "application/json", body);
    }
  }

  private final String name;
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  RecordingService(String name) {
    this.name = name;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** From now on, answers {@code GET path} (or another method) with {@code answer}. */
  void answer(String method, String path, Answer answer) {
    answers.put(method + " " + path, answer);
  }

  /** The requests received with this correlation id. */
  List<Received> withCorrelationId(String id) {
    return received.stream().filter(r -> id.equals(r.header("X-Correlation-ID"))).toList();
  }

  /** The last request received for this path, if any. */
  Optional<Received> last(String path) {
    return received.reversed().stream().filter(r -> r.path().equals(path)).findFirst();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, List<String>> headers = new ConcurrentHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((key, values) -> headers.put(key.toLowerCase(), List.copyOf(values)));
      URI uri = exchange.getRequestURI();
      String path = uri.getPath();
      received.add(
          new Received(
              exchange.getRequestMethod(),
              path,
              uri.getRawQuery(),
              headers,
              new String(body, StandardCharsets.UTF_8)));
      Answer answer =
          answers.getOrDefault(
              exchange.getRequestMethod() + " " + path,
              Answer.json(200, "{\"service\":\"" + name + "\"}"));
      byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      // As every service does (kit-web): the gateway must not end up sending the header twice.
      String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-ID");
      if (correlationId != null) {
        exchange.getResponseHeaders().set("X-Correlation-ID", correlationId);
      }
      exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        exchange.getResponseBody().write(out);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
