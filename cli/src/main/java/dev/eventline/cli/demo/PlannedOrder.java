package dev.eventline.cli.demo;

import dev.eventline.cli.client.OrderLine;
import java.util.List;

/**
 * An order the demo places, in the order it comes in the workload.
 *
 * @param number 1 to N: the order's place in the workload, part of its Idempotency-Key
 * @param totalCents what it costs at the plan's prices
 */
public record PlannedOrder(
    int number, String userId, List<OrderLine> lines, long totalCents, OrderKind kind) {
  public PlannedOrder {
    lines = List.copyOf(lines);
  }
}
