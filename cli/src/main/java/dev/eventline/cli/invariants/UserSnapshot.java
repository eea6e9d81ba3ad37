package dev.eventline.cli.invariants;

import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.WalletStatement;
import java.util.List;

/** A user's wallet, as the payment service's admin view has it, and every order they placed. */
public record UserSnapshot(WalletStatement wallet, List<OrderSnapshot> orders) {
  public UserSnapshot {
    orders = List.copyOf(orders);
  }

  public String userId() {
    return wallet.userId();
  }

  /** The sum of the totals of the user's COMPLETED orders: what the wallet paid for good. */
  public long completedCents() {
    return orders.stream()
        .filter(order -> order.order().status() == OrderStatus.COMPLETED)
        .mapToLong(order -> order.order().totalCents())
        .sum();
  }
}
