package dev.eventline.gateway.web;

import dev.eventline.kit.audit.AuditAction;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns whatever failed inside the gateway into a problem+json answer, ahead of Spring Boot's JSON
 * error page: no route (404), a service that does not answer (502) or answers too late (504), and
 * anything unexpected (500, whose body says nothing about its cause; the log has it, with the
 * correlation id).
 */
final class ProblemExceptionHandler implements WebExceptionHandler, Ordered {
  private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(failure);
    }
    String path = exchange.getRequest().getPath().value();
    String correlationId = CorrelationIdFilter.of(exchange);
    if (failure instanceof ResponseStatusException answered) {
      HttpStatusCode status = answered.getStatusCode();
      if (status.is5xxServerError()) {
        log.warn("{} for {} [{}]: {}", status.value(), path, correlationId, failure.getMessage());
      }
      exchange.getResponse().getHeaders().addAll(answered.getHeaders());
      return Problems.write(exchange, status, detail(answered));
    }
    if (causedBy(failure, ConnectException.class)) {
      log.warn("502 for {} [{}]: {}", path, correlationId, failure.getMessage());
      return Problems.write(
          exchange, HttpStatus.BAD_GATEWAY, "The service behind this path did not answer.");
    }
    if (causedBy(failure, TimeoutException.class)) {
      log.warn("504 for {} [{}]: {}", path, correlationId, failure.getMessage());
      return Problems.write(
          exchange, HttpStatus.GATEWAY_TIMEOUT, "The service behind this path answered too late.");
    }
    if (causedBy(failure, DataBufferLimitException.class)) {
      return AuditTrail.denied(
              exchange, AuditAction.REQUEST_REFUSED, "the body is over a buffer's limit")
          .then(
              Mono.defer(
                  () ->
                      Problems.write(
                          exchange,
                          HttpStatus.CONTENT_TOO_LARGE,
                          "The request body is too large.")));
    }
    log.error("500 for {} [{}]", path, correlationId, failure);
    return Problems.write(
        exchange,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "The gateway failed; the correlation id identifies this request in its log.");
  }

  private static String detail(ResponseStatusException answered) {
    if (answered.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
        && answered.getReason() == null) {
      return "There is nothing at this path.";
    }
    return answered.getReason() != null ? answered.getReason() : answered.getMessage();
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int getOrder() {
    return -2; // before Boot's ErrorWebExceptionHandler (-1)
  }
}
