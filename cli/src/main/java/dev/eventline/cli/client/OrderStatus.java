package dev.eventline.cli.client;

/** Where an order stands: PENDING while its saga runs, then COMPLETED or CANCELLED for good. */
public enum OrderStatus {
  PENDING,
  COMPLETED,
  CANCELLED;

  public boolean isTerminal() {
    return this != PENDING;
  }
}
