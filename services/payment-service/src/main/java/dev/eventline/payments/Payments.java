package dev.eventline.payments;

import java.util.Optional;
import java.util.UUID;

/** The payments, one per order at most. */
public interface Payments {
  Optional<Payment> find(UUID orderId);

  /**
   * Records the first payment of an order.
   *
   * @throws RuntimeException when the order has one already: a concurrent command for the order got
   *     there first, and this transaction must roll back and be tried again
   */
  void add(Payment payment);

  /**
   * Replaces the order's payment by {@code next} if it is still {@code current}.
   *
   * @return whether it was: false when a concurrent command changed it first
   */
  boolean replace(Payment current, Payment next);
}
