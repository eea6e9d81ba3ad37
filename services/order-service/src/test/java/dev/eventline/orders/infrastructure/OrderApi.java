package dev.eventline.orders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The order service's HTTP API as a client calls it: real HTTP, a bearer token, JSON. */
final class OrderApi {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  OrderApi(URI base) {
    this.base = base;
  }

  HttpResponse<String> get(String path, String token) {
    return send(authorized(path, token).GET());
  }

  HttpResponse<String> post(String path, String token, String body) {
    return post(path, token, body, Optional.empty());
  }

  HttpResponse<String> post(
      String path, String token, String body, Optional<String> idempotencyKey) {
    HttpRequest.Builder request =
        authorized(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    idempotencyKey.ifPresent(key -> request.header("Idempotency-Key", key));
    return send(request);
  }

  /** A request to {@code path} with {@code token}, to finish and {@link #send}. */
  HttpRequest.Builder authorized(String path, String token) {
    return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return base.resolve(path);
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** Asserts a problem+json answer of {@code status}. */
  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(response).get("status").asInt()).isEqualTo(status);
  }

  /** The id of an order the API accepted (202). */
  static String orderId(HttpResponse<String> placed) {
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
    return json(placed).get("orderId").asString();
  }

  /** {@code {"items":[...]}} of sku, quantity pairs. */
  static String items(Object... skuThenQuantity) {
    return IntStream.range(0, skuThenQuantity.length / 2)
        .mapToObj(
            i ->
                "{\"sku\":\"%s\",\"quantity\":%s}"
                    .formatted(skuThenQuantity[2 * i], skuThenQuantity[2 * i + 1]))
        .collect(Collectors.joining(",", "{\"items\":[", "]}"));
  }

  /** The order ids of a page of {@code GET /api/orders}, in its order. */
  static List<String> ids(JsonNode page) {
    return page.get("orders").valueStream().map(order -> order.get("orderId").asString()).toList();
  }
}
