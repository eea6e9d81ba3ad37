package dev.eventline.orders.application;

import dev.eventline.inventory.api.StockLine;
import dev.eventline.orders.Order;
import dev.eventline.orders.api.CancellationReason;
import java.util.List;
import java.util.UUID;

/**
 * The place-order saga's data, stored with each instance.
 *
 * @param correlationId the request's, carried on to the order's outcome event
 * @param paid whether the payment service confirmed the charge
 * @param reason why the order is being cancelled, once a participant said so; null until then
 */
public record PlaceOrder(
    UUID orderId,
    String userId,
    long totalCents,
    List<StockLine> lines,
    String correlationId,
    boolean paid,
    CancellationReason reason) {

  public PlaceOrder {
    lines = List.copyOf(lines);
  }

  public static PlaceOrder of(Order order, String correlationId) {
    List<StockLine> lines =
        order.items().stream().map(item -> new StockLine(item.sku(), item.quantity())).toList();
    return new PlaceOrder(
        order.id(), order.userId(), order.totalCents(), lines, correlationId, false, null);
  }

  PlaceOrder charged() {
    return new PlaceOrder(orderId, userId, totalCents, lines, correlationId, true, reason);
  }

  PlaceOrder cancelled(CancellationReason why) {
    return new PlaceOrder(orderId, userId, totalCents, lines, correlationId, paid, why);
  }

  /**
   * Why the order ends cancelled. A participant's refusal names it; a step that timed out did not,
   * and the reasons are a closed contract: a charge never confirmed counts as declined, a
   * reservation never confirmed after a charge as out of stock.
   */
  public CancellationReason cancellationReason() {
    if (reason != null) {
      return reason;
    }
    return paid ? CancellationReason.OUT_OF_STOCK : CancellationReason.PAYMENT_DECLINED;
  }
}
