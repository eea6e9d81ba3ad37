package dev.eventline.cli.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's HTTP API as JSON in and out: the bearer token, a correlation id per request, and
 * problem+json answers turned into {@link ApiException}s. A 429 from the gateway's rate limit is
 * waited out as its {@code Retry-After} says, a few times, before it becomes an exception: the
 * gateway refused the request before any service saw it, so sending it again applies nothing twice.
 */
final class JsonApi {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final int BODY_EXCERPT = 200;
  private static final int RATE_LIMITED_ATTEMPTS = 5;
  private static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(10);

  private final HttpClient http;
  private final JsonMapper json;
  private final URI base;
  private final Supplier<String> token;
  private final Supplier<String> correlationIds;

  JsonApi(
      HttpClient http,
      JsonMapper json,
      URI base,
      Supplier<String> token,
      Supplier<String> correlationIds) {
    this.http = http;
    this.json = json;
    this.base = base;
    this.token = token;
    this.correlationIds = correlationIds;
  }

  <T> T get(String path, Class<T> type) {
    return send("GET", path, null, Map.of(), type).body();
  }

  /** The resource at {@code path}, or empty when the answer is 404. */
  <T> Optional<T> find(String path, Class<T> type) {
    try {
      return Optional.of(get(path, type));
    } catch (ApiException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  <T> T post(String path, Object body, Map<String, String> headers, Class<T> type) {
    return send("POST", path, body, headers, type).body();
  }

  <T> T put(String path, Object body, Class<T> type) {
    return send("PUT", path, body, Map.of(), type).body();
  }

  /** A 2xx answer's status and body. */
  record Answer<T>(int status, T body) {}

  <T> Answer<T> send(
      String method, String path, Object body, Map<String, String> headers, Class<T> type) {
    URI uri = base.resolve(path);
    String correlationId = correlationIds.get();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + token.get())
            .header("Accept", "application/json, " + PROBLEM_JSON)
            .header("X-Correlation-ID", correlationId);
    headers.forEach(request::header);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
    }
    HttpResponse<byte[]> response = exchange(request.build());
    for (int attempt = 1;
        response.statusCode() == 429 && attempt < RATE_LIMITED_ATTEMPTS;
        attempt++) {
      pause(retryAfter(response), method, uri);
      response = exchange(request.build());
    }
    if (response.statusCode() / 100 != 2) {
      throw problem(method, uri, response, correlationId);
    }
    try {
      return new Answer<>(response.statusCode(), json.readValue(response.body(), type));
    } catch (JacksonException e) {
      throw new ApiException(
          method,
          uri,
          response.statusCode(),
          "Unreadable answer",
          e.getOriginalMessage() + " in " + excerpt(response.body()),
          correlationId);
    }
  }

  private HttpResponse<byte[]> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(
          request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "interrupted during " + request.method() + " " + request.uri(), e);
    }
  }

  /** The seconds a 429 asks to wait, within reason; one second when it does not say. */
  static Duration retryAfter(HttpResponse<?> response) {
    long seconds;
    try {
      seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("1").strip());
    } catch (NumberFormatException e) {
      seconds = 1; // an HTTP date: not what the gateway sends
    }
    Duration wait = Duration.ofSeconds(Math.max(1, seconds));
    return wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait;
  }

  private static void pause(Duration wait, String method, URI uri) {
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method + " " + uri, e);
    }
  }

  private ApiException problem(
      String method, URI uri, HttpResponse<byte[]> response, String correlationId) {
    boolean problemJson =
        response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM_JSON);
    if (problemJson) {
      try {
        JsonNode problem = json.readTree(response.body());
        return new ApiException(
            method,
            uri,
            response.statusCode(),
            problem.path("title").asString("HTTP " + response.statusCode()),
            problem.path("detail").asString(""),
            correlationId);
      } catch (JacksonException e) {
        // Not readable after all: fall through to the raw body.
      }
    }
    return new ApiException(
        method,
        uri,
        response.statusCode(),
        "HTTP " + response.statusCode(),
        excerpt(response.body()),
        correlationId);
  }

  private static String excerpt(byte[] body) {
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
    return text.length() <= BODY_EXCERPT ? text : text.substring(0, BODY_EXCERPT) + "...";
  }
}
