package dev.eventline.gateway.ratelimit;

import dev.eventline.gateway.web.AuditTrail;
import dev.eventline.gateway.web.FilterOrder;
import dev.eventline.gateway.web.Problems;
import dev.eventline.kit.audit.AuditAction;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Takes one token from the caller's bucket (the key is the token's {@code sub}) and answers 429
 * with {@code Retry-After} when there is none, recorded in the {@link AuditTrail}. Runs after
 * authentication; requests without a caller (health, Prometheus) are not counted.
 */
final class RateLimitFilter implements WebFilter, Ordered {
  private final RateLimits limits;

  RateLimitFilter(RateLimits limits) {
    this.limits = limits;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return exchange
        .getPrincipal()
        .filter(caller -> caller instanceof Authentication known && known.isAuthenticated())
        .flatMap(caller -> limits.take(caller.getName()))
        .defaultIfEmpty(RateLimits.Allowance.GRANTED)
        .flatMap(
            allowance ->
                allowance.granted() ? chain.filter(exchange) : refuse(exchange, allowance));
  }

  private static Mono<Void> refuse(ServerWebExchange exchange, RateLimits.Allowance allowance) {
    long seconds = allowance.retryAfterSeconds();
    exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    return AuditTrail.denied(
            exchange,
            AuditAction.RATE_LIMIT,
            "no request left in the caller's bucket; retry after " + seconds + " s")
        .then(
            Mono.defer(
                () ->
                    Problems.write(
                        exchange,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "Too many requests from this user; try again in " + seconds + " s.")));
  }

  @Override
  public int getOrder() {
    return FilterOrder.RATE_LIMIT;
  }
}
