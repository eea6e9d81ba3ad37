package dev.eventline.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-ID} when it is 1 to 64 of
 * {@code A-Z a-z 0-9 . _ -}, a new UUID otherwise. It runs first, so the services receive the id
 * and every response carries it, the gateway's own 401, 413, 415 and 429 included.
 */
public final class CorrelationIdFilter implements WebFilter, Ordered {
  /** The request and response header. */
  public static final String HEADER = "X-Correlation-ID";

  /** The exchange attribute that holds the accepted id, and its name in a problem body. */
  public static final String ATTRIBUTE = "correlationId";

  static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** The correlation id of {@code exchange}, once this filter has seen it. */
  public static String of(ServerWebExchange exchange) {
    return exchange.getAttribute(ATTRIBUTE) instanceof String id ? id : "";
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id = accepted(exchange.getRequest().getHeaders().getFirst(HEADER));
    exchange.getAttributes().put(ATTRIBUTE, id);
    // Set again just before the response is sent: a proxied response brings its own headers.
    exchange.getResponse().getHeaders().set(HEADER, id);
    exchange
        .getResponse()
        .beforeCommit(
            () -> {
              exchange.getResponse().getHeaders().set(HEADER, id);
              return Mono.empty();
            });
    return chain.filter(
        exchange.mutate().request(request -> request.headers(h -> h.set(HEADER, id))).build());
  }

  private static String accepted(String given) {
    // A malformed id is replaced, never passed on: it could be a header-injection or log-forging
    // try.
    return given != null && WELL_FORMED.matcher(given).matches()
        ? given
        : UUID.randomUUID().toString();
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
