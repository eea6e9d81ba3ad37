package dev.eventline.orders.api;

import dev.eventline.kit.messaging.Require;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A customer placed an order; the place-order saga starts for it. Each sku appears on one line
 * only, so that a reservation that fails names one line, and {@code totalCents} is the sum of the
 * lines, priced by the server.
 *
 * @param orderId the order, also the saga's id and the Kafka key
 * @param userId the customer: the subject of their token
 */
public record OrderCreated(
    UUID orderId, String userId, List<OrderLine> lines, long totalCents, Instant createdAt) {
  public OrderCreated {
    Require.present(orderId, "OrderCreated.orderId");
    Require.text(userId, "OrderCreated.userId");
    lines = Require.notEmpty(lines, "OrderCreated.lines");
    Require.atLeast(0, totalCents, "OrderCreated.totalCents");
    Require.present(createdAt, "OrderCreated.createdAt");
    requireEachSkuOnce(lines);
    long sum = sumOf(lines);
    if (totalCents != sum) {
      throw new IllegalArgumentException(
          "OrderCreated.totalCents must be the sum of its lines, " + sum + ", not " + totalCents);
    }
  }

  private static void requireEachSkuOnce(List<OrderLine> lines) {
    Set<String> skus = new HashSet<>();
    for (OrderLine line : lines) {
      if (!skus.add(line.sku())) {
        throw new IllegalArgumentException(
            "OrderCreated.lines must name each sku once; " + line.sku() + " repeats");
      }
    }
  }

  private static long sumOf(List<OrderLine> lines) {
    try {
      long sum = 0;
      for (OrderLine line : lines) {
        sum = Math.addExact(sum, Math.multiplyExact(line.unitPriceCents(), line.quantity()));
      }
      return sum;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("OrderCreated.lines add up to more than a long holds", e);
    }
  }
}
