package dev.eventline.cli.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server on loopback that answers each {@code METHOD path?query} with a canned
 * response, and records what it was asked.
 */
public final class FakeService implements AutoCloseable {
  public record Request(String method, URI uri, Map<String, List<String>> headers, String body) {
    public String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : values.getFirst();
    }
  }

  private record Answer(int status, String contentType, String body) {}

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  public FakeService() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public FakeService answer(String request, int status, String json) {
    answers.put(request, new Answer(status, "application/json", json));
    return this;
  }

  public FakeService problem(String request, int status, String title, String detail) {
    answers.put(
        request,
        new Answer(
            status,
            "application/problem+json",
            """
            {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(title, status, detail)));
    return this;
  }

  FakeService answerText(String request, int status, String text) {
    answers.put(request, new Answer(status, "text/html", text));
    return this;
  }

  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  synchronized Request last() {
    return requests.getLast();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    URI uri = exchange.getRequestURI();
    synchronized (this) {
      requests.add(
          new Request(
              exchange.getRequestMethod(), uri, Map.copyOf(exchange.getRequestHeaders()), body));
    }
    String key =
        exchange.getRequestMethod()
            + " "
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Answer answer =
        answers.getOrDefault(key, new Answer(404, "text/plain", "no answer for " + key));
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
