package dev.eventline.gateway.web;

import dev.eventline.kit.audit.AuditAction;
import java.util.List;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The API speaks JSON: a POST, PUT or PATCH with a body must say {@code Content-Type:
 * application/json} (a charset may follow), or gets 415, recorded in the {@link AuditTrail}. A
 * body-less POST, such as a saga retry, needs no content type.
 */
final class JsonContentTypeFilter implements WebFilter, Ordered {
  private static final Set<HttpMethod> WITH_BODY =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    HttpHeaders headers = exchange.getRequest().getHeaders();
    if (!WITH_BODY.contains(exchange.getRequest().getMethod())
        || !hasBody(headers)
        || isJson(headers.getFirst(HttpHeaders.CONTENT_TYPE))) {
      return chain.filter(exchange);
    }
    exchange.getResponse().getHeaders().setAccept(List.of(MediaType.APPLICATION_JSON));
    String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
    return AuditTrail.denied(
            exchange,
            AuditAction.REQUEST_REFUSED,
            "a body of content type "
                + (contentType == null ? "(none)" : contentType)
                + " is not JSON")
        .then(
            Mono.defer(
                () ->
                    Problems.write(
                        exchange,
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "The request body must be JSON (Content-Type: application/json).")));
  }

  private static boolean hasBody(HttpHeaders headers) {
    return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  @Override
  public int getOrder() {
    return FilterOrder.CONTENT_TYPE;
  }
}
