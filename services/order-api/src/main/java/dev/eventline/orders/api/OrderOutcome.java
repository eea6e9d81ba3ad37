package dev.eventline.orders.api;

import java.util.UUID;

/**
 * How an order ended: every order that was created ends with exactly one of these, which is what
 * the notification worker tells the customer.
 */
public sealed interface OrderOutcome permits OrderCompleted, OrderCancelled {
  UUID orderId();

  String userId();
}
