package dev.eventline.gateway.details;

import dev.eventline.gateway.GatewayProperties;
import dev.eventline.gateway.web.CorrelationIdFilter;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The services' owner-scoped read endpoints that the details view is made of, called with the
 * caller's own token, so each service decides what the caller may see (their own order's, or any
 * for an admin), and with the request's correlation id.
 */
final class ServiceCalls {
  private final WebClient orders;
  private final WebClient payments;
  private final WebClient inventory;
  private final Duration timeout;

  ServiceCalls(GatewayProperties properties) {
    GatewayProperties.Services services = properties.services();
    this.orders = WebClient.builder().baseUrl(services.orders().toString()).build();
    this.payments = WebClient.builder().baseUrl(services.payments().toString()).build();
    this.inventory = WebClient.builder().baseUrl(services.inventory().toString()).build();
    this.timeout = properties.detailsTimeout();
  }

  /** Who is asking: passed on to every service as it came. */
  record Caller(String authorization, String correlationId) {}

  /** A service answered with something other than 2xx. */
  static final class ServiceAnswered extends RuntimeException {
    private final HttpStatusCode status;

    ServiceAnswered(HttpStatusCode status) {
      super("answered " + status.value(), null, false, false);
      this.status = status;
    }

    HttpStatusCode status() {
      return status;
    }
  }

  /** The caller's order; 404 when it is not theirs. */
  Mono<OrderDetails.Order> order(UUID id, Caller caller) {
    return get(orders, "/api/orders/{id}", id, caller, OrderDetails.Order.class);
  }

  /** The order's saga with its history; 404 when the order is not theirs. */
  Mono<OrderDetails.Saga> saga(UUID id, Caller caller) {
    return get(orders, "/api/orders/{id}/saga", id, caller, OrderDetails.Saga.class);
  }

  /** The order's payment; 404 when it is not theirs, or none arrived yet. */
  Mono<OrderDetails.Payment> payment(UUID id, Caller caller) {
    return get(payments, "/api/wallet/payments/{id}", id, caller, OrderDetails.Payment.class);
  }

  /** The order's stock reservation; 404 when it is not theirs, or none arrived yet. */
  Mono<OrderDetails.Reservation> reservation(UUID id, Caller caller) {
    return get(inventory, "/api/reservations/{id}", id, caller, OrderDetails.Reservation.class);
  }

  private <T> Mono<T> get(WebClient service, String path, UUID id, Caller caller, Class<T> type) {
    return service
        .get()
        .uri(path, id)
        .header(HttpHeaders.AUTHORIZATION, caller.authorization())
        .header(CorrelationIdFilter.HEADER, caller.correlationId())
        .accept(MediaType.APPLICATION_JSON)
        .exchangeToMono(
            response ->
                response.statusCode().is2xxSuccessful()
                    ? response.bodyToMono(type)
                    : response
                        .releaseBody()
                        .then(Mono.error(new ServiceAnswered(response.statusCode()))))
        .timeout(timeout);
  }
}
