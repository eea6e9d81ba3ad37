package dev.eventline.gateway.web;

import dev.eventline.kit.audit.AuditAction;
import dev.eventline.kit.audit.AuditRecord;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request whose declared {@code Content-Length} is over the limit with 413, before it is
 * authenticated or read, and records the refusal (by {@code anonymous}: no token is checked yet).
 * Bodies without a length (chunked) are counted by {@link ChunkedBodyLimitFilter}, after
 * authentication.
 */
final class DeclaredBodySizeFilter implements WebFilter, Ordered {
  static final int ORDER = CorrelationIdFilter.ORDER + 10;

  private final long maxBytes;

  DeclaredBodySizeFilter(DataSize max) {
    this.maxBytes = max.toBytes();
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    long declared = exchange.getRequest().getHeaders().getContentLength();
    if (declared > maxBytes) {
      AuditTrail.denied(
          exchange,
          AuditRecord.ANONYMOUS,
          AuditAction.REQUEST_REFUSED,
          "a declared body of " + declared + " bytes is over the limit of " + maxBytes);
      return Problems.write(
          exchange,
          HttpStatus.CONTENT_TOO_LARGE,
          "The request body is larger than " + maxBytes + " bytes.");
    }
    return chain.filter(exchange);
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
