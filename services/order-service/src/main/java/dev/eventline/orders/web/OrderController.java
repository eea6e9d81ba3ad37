package dev.eventline.orders.web;

import dev.eventline.kit.web.CorrelationIdFilter;
import dev.eventline.kit.web.CurrentUser;
import dev.eventline.kit.web.ProblemException;
import dev.eventline.orders.IdempotencyKeyReusedException;
import dev.eventline.orders.InvalidOrderException;
import dev.eventline.orders.Order;
import dev.eventline.orders.OrderPage;
import dev.eventline.orders.OrderStatus;
import dev.eventline.orders.UnknownProductException;
import dev.eventline.orders.application.OrderPlacement;
import dev.eventline.orders.application.OrderQueries;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's orders: placing one (once per {@code Idempotency-Key}) and reading their own. The
 * saga runs after the 202; the order's status says where it is.
 */
@RestController
class OrderController {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final OrderPlacement placement;
  private final OrderQueries queries;

  OrderController(OrderPlacement placement, OrderQueries queries) {
    this.placement = placement;
    this.queries = queries;
  }

  /** 202 with the order, new or, for a key used before with the same items, the first one. */
  @PostMapping("/api/orders")
  ResponseEntity<AcceptedOrderView> place(
      @RequestBody PlaceOrderRequest request,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
      CurrentUser user) {
    Order order;
    try {
      order =
          placement.placeOrder(
              user.id(), request.requestedItems(), Optional.ofNullable(key), correlationId());
    } catch (InvalidOrderException e) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid order", e.getMessage());
    } catch (UnknownProductException e) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "Unknown product",
          "No product for sale with sku " + String.join(", ", e.skus()));
    } catch (IdempotencyKeyReusedException e) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "Idempotency key already used",
          "This "
              + IDEMPOTENCY_KEY
              + " was used for order "
              + e.orderId()
              + " with other items; use a new key for another order");
    }
    return ResponseEntity.accepted()
        .location(URI.create("/api/orders/" + order.id()))
        .body(AcceptedOrderView.of(order));
  }

  @GetMapping("/api/orders/{id}")
  OrderView order(@PathVariable UUID id, CurrentUser user) {
    return queries
        .order(user.id(), id)
        .map(OrderView::of)
        .orElseThrow(
            () ->
                new ProblemException(
                    HttpStatus.NOT_FOUND, "Order not found", "You have no order " + id));
  }

  @GetMapping("/api/orders")
  OrderPageView orders(
      @RequestParam(required = false) OrderStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      CurrentUser user) {
    OrderPage found;
    try {
      found = queries.orders(user.id(), Optional.ofNullable(status), page, size);
    } catch (InvalidOrderException e) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid page", e.getMessage());
    }
    return OrderPageView.of(found);
  }

  // kit-web's filter puts the accepted (or a new) id in the MDC before any controller runs.
  private static String correlationId() {
    String id = MDC.get(CorrelationIdFilter.MDC_KEY);
    return id != null ? id : UUID.randomUUID().toString();
  }
}
