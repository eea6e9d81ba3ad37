package dev.eventline.kit.saga.example;

import dev.eventline.kit.saga.example.OrderMessages.Line;
import java.util.List;
import java.util.Optional;

/** The place-order saga's data: what it needs to send its commands, and why it was cancelled. */
public record PlaceOrder(
    String orderId,
    String userId,
    long totalCents,
    List<Line> lines,
    boolean completed,
    Optional<String> cancellationReason) {

  public static PlaceOrder of(String orderId, String userId, long totalCents, List<Line> lines) {
    return new PlaceOrder(orderId, userId, totalCents, lines, false, Optional.empty());
  }

  public PlaceOrder cancelled(String reason) {
    return new PlaceOrder(orderId, userId, totalCents, lines, completed, Optional.of(reason));
  }

  public PlaceOrder complete() {
    return new PlaceOrder(orderId, userId, totalCents, lines, true, cancellationReason);
  }
}
