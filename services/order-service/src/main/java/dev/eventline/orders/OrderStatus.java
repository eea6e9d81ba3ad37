package dev.eventline.orders;

/** Where an order is: PENDING while its saga runs, then COMPLETED or CANCELLED for good. */
public enum OrderStatus {
  PENDING,
  COMPLETED,
  CANCELLED
}
