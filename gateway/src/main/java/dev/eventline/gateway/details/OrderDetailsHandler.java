package dev.eventline.gateway.details;

import dev.eventline.gateway.details.OrderDetails.Payment;
import dev.eventline.gateway.details.OrderDetails.Reservation;
import dev.eventline.gateway.details.OrderDetails.Saga;
import dev.eventline.gateway.details.Part.Availability;
import dev.eventline.gateway.details.ServiceCalls.Caller;
import dev.eventline.gateway.details.ServiceCalls.ServiceAnswered;
import dev.eventline.gateway.security.Roles;
import dev.eventline.gateway.web.CorrelationIdFilter;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/orders/{id}/details}: the caller's order first, which settles ownership (the
 * order service answers 404 for another user's order, and so does this), then the other parts, each
 * of which may be missing without failing the view.
 *
 * <p>What a part needs, and why most callers get {@code NOT_EXPOSED} (gateway/README.md says more):
 * the saga history and the payment are served only by admin routes, so only an admin, passing their
 * own token, gets them; the inventory serves no reservation view at all.
 */
final class OrderDetailsHandler {
  static final String SAGA_NOT_EXPOSED =
      "The order service shows a saga only to admins (GET /api/admin/sagas/{id}).";
  static final String PAYMENT_NOT_EXPOSED =
      "The payment service shows a payment only to admins (GET /api/admin/payments/{orderId}).";
  static final String RESERVATION_NOT_EXPOSED =
      "The inventory service has no endpoint that shows a reservation.";

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
    Mono<Boolean> admin =
        request
            .principal()
            .map(principal -> principal instanceof Authentication known && Roles.isAdmin(known))
            .defaultIfEmpty(false);
    return services
        .order(id, caller)
        .switchIfEmpty(Mono.error(() -> new ServiceAnswered(HttpStatus.BAD_GATEWAY)))
        .onErrorMap(failure -> orderFailure(id, failure))
        .zipWith(admin)
        .flatMap(
            found ->
                Mono.zip(saga(id, caller, found.getT2()), payment(id, caller, found.getT2()))
                    .map(
                        parts ->
                            new OrderDetails(
                                found.getT1(),
                                parts.getT1(),
                                parts.getT2(),
                                Part.<Reservation>unavailable(
                                    Availability.NOT_EXPOSED, RESERVATION_NOT_EXPOSED))))
        .flatMap(
            details ->
                ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(details));
  }

  private Mono<Part<Saga>> saga(UUID id, Caller caller, boolean admin) {
    return admin
        ? part(services.saga(id, caller), "order service", "saga")
        : Mono.just(Part.unavailable(Availability.NOT_EXPOSED, SAGA_NOT_EXPOSED));
  }

  private Mono<Part<Payment>> payment(UUID id, Caller caller, boolean admin) {
    return admin
        ? part(services.payment(id, caller), "payment service", "payment")
        : Mono.just(Part.unavailable(Availability.NOT_EXPOSED, PAYMENT_NOT_EXPOSED));
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
