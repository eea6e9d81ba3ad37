package dev.eventline.gateway.details;

import dev.eventline.gateway.details.Part.Availability;
import dev.eventline.gateway.details.ServiceCalls.Caller;
import dev.eventline.gateway.details.ServiceCalls.ServiceAnswered;
import dev.eventline.gateway.web.CorrelationIdFilter;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/orders/{id}/details}: the caller's order first, which settles ownership (the
 * order service answers 404 for another user's order, and so does this), then the saga, the payment
 * and the reservation at once, each from its service's owner-scoped view, any of which may be
 * missing without failing the view.
 *
 * <p>Every call carries the caller's own token: each service checks again that the order is the
 * caller's, so the gateway needs no rule of its own about who sees what.
 */
final class OrderDetailsHandler {
  private final ServiceCalls services;

  OrderDetailsHandler(ServiceCalls services) {
    this.services = services;
  }

  Mono<ServerResponse> details(ServerRequest request) {
    UUID id = orderId(request.pathVariable("id"));
    Caller caller =
        new Caller(
            request.headers().firstHeader(HttpHeaders.AUTHORIZATION),
            CorrelationIdFilter.of(request.exchange()));
    return services
        .order(id, caller)
        .switchIfEmpty(Mono.error(() -> new ServiceAnswered(HttpStatus.BAD_GATEWAY)))
        .onErrorMap(failure -> orderFailure(id, failure))
        .flatMap(
            order ->
                Mono.zip(
                        part(services.saga(id, caller), "order service", "saga"),
                        part(services.payment(id, caller), "payment service", "payment"),
                        part(services.reservation(id, caller), "inventory service", "reservation"))
                    .map(
                        parts ->
                            new OrderDetails(order, parts.getT1(), parts.getT2(), parts.getT3())))
        .flatMap(
            details ->
                ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(details));
  }

  private static <T> Mono<Part<T>> part(Mono<T> call, String service, String what) {
    return call.map(Part::available)
        .defaultIfEmpty(
            Part.unavailable(
                Availability.FAILED, "The " + service + " sent an empty " + what + "."))
        .onErrorResume(failure -> Mono.just(missing(failure, service, what)));
  }

  private static <T> Part<T> missing(Throwable failure, String service, String what) {
    if (failure instanceof ServiceAnswered answered) {
      return answered.status().value() == HttpStatus.NOT_FOUND.value()
          ? Part.unavailable(
              Availability.NOT_FOUND, "The " + service + " has no " + what + " for this order yet.")
          : Part.unavailable(
              Availability.FAILED,
              "The " + service + " answered " + answered.status().value() + ".");
    }
    return failure instanceof TimeoutException
        ? Part.unavailable(Availability.FAILED, "The " + service + " answered too late.")
        : Part.unavailable(Availability.FAILED, "The " + service + " did not answer.");
  }

  private static Throwable orderFailure(UUID id, Throwable failure) {
    if (failure instanceof ServiceAnswered answered) {
      int status = answered.status().value();
      if (status == HttpStatus.NOT_FOUND.value()) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no order " + id + ".");
      }
      if (answered.status().is4xxClientError()) {
        return new ResponseStatusException(
            answered.status(), "The order service refused the request (" + status + ").");
      }
      return new ResponseStatusException(
          HttpStatus.BAD_GATEWAY, "The order service failed (" + status + ").");
    }
    if (failure instanceof TimeoutException) {
      return new ResponseStatusException(
          HttpStatus.GATEWAY_TIMEOUT, "The order service answered too late.");
    }
    return new ResponseStatusException(HttpStatus.BAD_GATEWAY, "The order service did not answer.");
  }

  private static UUID orderId(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "An order id is a UUID.");
    }
  }
}
