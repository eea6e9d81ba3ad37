package dev.eventline.orders.application;

/**
 * How the place-order saga ends an order, in the transaction of its last transition: the saga's
 * local step and end action. An interface so that the saga fixture and simulation run the saga
 * without a database.
 */
public interface OrderOutcomes {
  /** Marks the order COMPLETED and publishes {@code OrderCompleted}. */
  PlaceOrder complete(PlaceOrder order);

  /** Marks the order CANCELLED with its reason and publishes {@code OrderCancelled}. */
  PlaceOrder cancel(PlaceOrder order);
}
