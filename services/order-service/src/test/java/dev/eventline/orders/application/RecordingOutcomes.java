package dev.eventline.orders.application;

import dev.eventline.orders.api.CancellationReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Orders ended in memory: what the saga's local step and end action did, per order. */
final class RecordingOutcomes implements OrderOutcomes {
  private final Map<UUID, List<String>> outcomes = new ConcurrentHashMap<>();

  @Override
  public PlaceOrder complete(PlaceOrder order) {
    record(order.orderId(), "COMPLETED");
    return order;
  }

  @Override
  public PlaceOrder cancel(PlaceOrder order) {
    record(order.orderId(), "CANCELLED " + order.cancellationReason());
    return order;
  }

  List<String> of(UUID orderId) {
    return outcomes.getOrDefault(orderId, List.of());
  }

  static String cancelled(CancellationReason reason) {
    return "CANCELLED " + reason;
  }

  private void record(UUID orderId, String outcome) {
    outcomes.computeIfAbsent(orderId, id -> new ArrayList<>()).add(outcome);
  }
}
