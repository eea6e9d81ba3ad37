package dev.eventline.gateway.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem, the body of every error the gateway answers itself: {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance} (the path, never the query
 * string, which may hold secrets) and {@code correlationId}, as {@code application/problem+json}.
 */
public final class Problems {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  /** Answers {@code exchange} with the problem; headers set before this call are kept. */
  public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    byte[] body = JSON.writeValueAsBytes(body(exchange, status, detail));
    response.getHeaders().setContentLength(body.length);
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
  }

  static Map<String, Object> body(
      ServerWebExchange exchange, HttpStatusCode status, String detail) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title(status));
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", exchange.getRequest().getPath().value());
    problem.put(CorrelationIdFilter.ATTRIBUTE, CorrelationIdFilter.of(exchange));
    return problem;
  }

  private static String title(HttpStatusCode status) {
    return status instanceof org.springframework.http.HttpStatus known
        ? known.getReasonPhrase()
        : "HTTP " + status.value();
  }
}
