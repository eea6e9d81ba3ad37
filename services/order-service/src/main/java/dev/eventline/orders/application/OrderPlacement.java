package dev.eventline.orders.application;

import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.spring.TransactionalEventPublisher;
import dev.eventline.kit.spring.saga.TransactionalSagas;
import dev.eventline.orders.Catalogue;
import dev.eventline.orders.IdempotencyKeyReusedException;
import dev.eventline.orders.InvalidOrderException;
import dev.eventline.orders.Order;
import dev.eventline.orders.OrderItem;
import dev.eventline.orders.OrderRequest;
import dev.eventline.orders.Orders;
import dev.eventline.orders.Orders.IdempotentOrder;
import dev.eventline.orders.Orders.IdempotentRequest;
import dev.eventline.orders.Product;
import dev.eventline.orders.RequestedItem;
import dev.eventline.orders.UnknownProductException;
import dev.eventline.orders.api.OrderCreated;
import dev.eventline.orders.api.OrderLine;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Places orders: validates and prices the request from the catalogue read model, stores the order
 * PENDING, publishes {@code OrderCreated} and starts its saga, all in one transaction.
 */
public final class OrderPlacement {
  public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;
  private static final Logger log = LoggerFactory.getLogger(OrderPlacement.class);

  private final Orders orders;
  private final Catalogue catalogue;
  private final TransactionalEventPublisher events;
  private final TransactionalSagas sagas;
  private final Saga<PlaceOrder> saga;
  private final TransactionOperations transactions;
  private final Clock clock;

  public OrderPlacement(
      Orders orders,
      Catalogue catalogue,
      TransactionalEventPublisher events,
      TransactionalSagas sagas,
      Saga<PlaceOrder> saga,
      TransactionOperations transactions,
      Clock clock) {
    this.orders = orders;
    this.catalogue = catalogue;
    this.events = events;
    this.sagas = sagas;
    this.saga = saga;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Places an order of {@code items} for {@code userId}. With an {@code idempotencyKey}, the same
   * key and the same items (once normalized: repeated skus merged, order ignored) answer the order
   * the key was first used for, placing nothing.
   *
   * @throws InvalidOrderException when the request breaks a rule of {@link OrderRequest} (400)
   * @throws UnknownProductException when the catalogue does not sell a sku (422)
   * @throws IdempotencyKeyReusedException when the key came with other items before (422)
   */
  public Order placeOrder(
      String userId,
      List<RequestedItem> items,
      Optional<String> idempotencyKey,
      String correlationId) {
    OrderRequest request = OrderRequest.of(items);
    Optional<IdempotentRequest> idempotent =
        idempotencyKey.map(key -> new IdempotentRequest(checked(key), request.fingerprint()));
    return transactions.execute(tx -> place(userId, request, idempotent, correlationId));
  }

  private Order place(
      String userId,
      OrderRequest request,
      Optional<IdempotentRequest> idempotent,
      String correlationId) {
    if (idempotent.isPresent()) {
      Optional<IdempotentOrder> earlier = orders.findByKey(userId, idempotent.get().key());
      if (earlier.isPresent()) {
        return replay(earlier.get(), idempotent.get());
      }
    }
    Order order = Order.pending(UUID.randomUUID(), userId, priced(request), clock.instant());
    if (!orders.add(order, idempotent)) {
      // Another request with this key committed since we looked: answer as if it came first.
      return replay(
          orders.findByKey(userId, idempotent.get().key()).orElseThrow(), idempotent.get());
    }
    EventOrigin origin = EventOrigin.request(correlationId);
    events.publish(order.id().toString(), created(order), origin);
    sagas.start(saga, order.id(), PlaceOrder.of(order, correlationId), origin);
    log.info(
        "placed order {}: {} line(s), {} cents",
        order.id(),
        order.items().size(),
        order.totalCents());
    return order;
  }

  private List<OrderItem> priced(OrderRequest request) {
    Map<String, Product> products =
        catalogue.find(request.items().stream().map(RequestedItem::sku).toList());
    Set<String> unknown = new TreeSet<>();
    for (RequestedItem item : request.items()) {
      Product product = products.get(item.sku());
      if (product == null || !product.forSale()) {
        unknown.add(item.sku());
      }
    }
    if (!unknown.isEmpty()) {
      throw new UnknownProductException(unknown);
    }
    return request.items().stream()
        .map(
            item ->
                new OrderItem(item.sku(), item.quantity(), products.get(item.sku()).priceCents()))
        .toList();
  }

  private static Order replay(IdempotentOrder earlier, IdempotentRequest request) {
    if (!earlier.fingerprint().equals(request.fingerprint())) {
      throw new IdempotencyKeyReusedException(request.key(), earlier.order().id());
    }
    return earlier.order();
  }

  private static String checked(String key) {
    if (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw new InvalidOrderException(
          "an Idempotency-Key is 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
    return key;
  }

  private static OrderCreated created(Order order) {
    List<OrderLine> lines =
        order.items().stream()
            .map(item -> new OrderLine(item.sku(), item.quantity(), item.unitPriceCents()))
            .toList();
    return new OrderCreated(
        order.id(), order.userId(), lines, order.totalCents(), order.createdAt());
  }
}
