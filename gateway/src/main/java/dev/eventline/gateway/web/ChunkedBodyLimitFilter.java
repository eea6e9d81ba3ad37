package dev.eventline.gateway.web;

import dev.eventline.kit.audit.AuditAction;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts a body sent without a {@code Content-Length} (chunked): it is read into memory up to the
 * limit, refused with 413 past it, and otherwise passed on with its length declared. Reading first
 * costs at most the limit per request, and means a service never receives half a body; it runs
 * after authentication, so an anonymous caller cannot make the gateway buffer anything. A refusal
 * is recorded in the {@link AuditTrail}.
 */
final class ChunkedBodyLimitFilter implements WebFilter, Ordered {
  private final long maxBytes;

  ChunkedBodyLimitFilter(DataSize max) {
    this.maxBytes = max.toBytes();
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (!hasUndeclaredBody(request.getHeaders())) {
      return chain.filter(exchange);
    }
    int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 8);
    return DataBufferUtils.join(request.getBody(), limit)
        .map(ChunkedBodyLimitFilter::copy)
        .defaultIfEmpty(new byte[0])
        .flatMap(body -> chain.filter(exchange.mutate().request(withBody(request, body)).build()))
        .onErrorResume(
            DataBufferLimitException.class,
            tooLarge ->
                AuditTrail.denied(
                        exchange,
                        AuditAction.REQUEST_REFUSED,
                        "a chunked body is over the limit of " + maxBytes + " bytes")
                    .then(
                        Mono.defer(
                            () ->
                                Problems.write(
                                    exchange,
                                    HttpStatus.CONTENT_TOO_LARGE,
                                    "The request body is larger than " + maxBytes + " bytes."))));
  }

  static boolean hasUndeclaredBody(HttpHeaders headers) {
    return headers.getContentLength() < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
  }

  // A heap copy: nothing pooled is left to release when a handler never reads the body.
  private static byte[] copy(DataBuffer joined) {
    try {
      byte[] bytes = new byte[joined.readableByteCount()];
      joined.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(joined);
    }
  }

  private static ServerHttpRequest withBody(ServerHttpRequest request, byte[] body) {
    HttpHeaders headers = HttpHeaders.copyOf(request.getHeaders());
    headers.remove(HttpHeaders.TRANSFER_ENCODING);
    headers.setContentLength(body.length);
    return new ServerHttpRequestDecorator(request) {
      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }

      @Override
      public Flux<DataBuffer> getBody() {
        return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
      }
    };
  }

  @Override
  public int getOrder() {
    return FilterOrder.CHUNKED_BODY_SIZE;
  }
}
