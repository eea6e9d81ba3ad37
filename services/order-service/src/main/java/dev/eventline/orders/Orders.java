package dev.eventline.orders;

import dev.eventline.orders.api.CancellationReason;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Every order placed, with its lines. */
public interface Orders {
  /**
   * Stores a new order, remembering the customer's Idempotency-Key, if any, with the request it
   * came with.
   *
   * @return false, storing nothing, when the customer used this key already
   */
  boolean add(Order order, Optional<IdempotentRequest> request);

  /** The order the customer placed with this key, and the request it came with. */
  Optional<IdempotentOrder> findByKey(String userId, String idempotencyKey);

  Optional<Order> find(UUID id);

  /** A PENDING order becomes COMPLETED; false when it was not PENDING. */
  boolean complete(UUID id, Instant at);

  /** A PENDING order becomes CANCELLED for {@code reason}; false when it was not PENDING. */
  boolean cancel(UUID id, CancellationReason reason, Instant at);

  /** A customer's orders, newest first, optionally of one status; {@code page} counts from 0. */
  OrderPage ofUser(String userId, Optional<OrderStatus> status, int page, int size);

  /** An Idempotency-Key and the normalized request that first came with it. */
  record IdempotentRequest(String key, String fingerprint) {}

  /** An order placed with an Idempotency-Key. */
  record IdempotentOrder(Order order, String fingerprint) {}
}
