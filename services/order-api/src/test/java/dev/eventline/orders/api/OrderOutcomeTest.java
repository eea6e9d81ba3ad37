package dev.eventline.orders.api;

import static dev.eventline.orders.api.OrderExamples.ALICE;
import static dev.eventline.orders.api.OrderExamples.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderOutcomeTest {
  @Test
  void everyOutcomeSaysWhichOrderItIsAndWhose() {
    OrderOutcome completed = OrderExamples.orderCompleted();
    OrderOutcome cancelled = OrderExamples.orderCancelled();

    assertThat(completed.orderId()).isEqualTo(cancelled.orderId()).isEqualTo(ORDER_ID);
    assertThat(completed.userId()).isEqualTo(cancelled.userId()).isEqualTo(ALICE);
  }

  @Test
  void aConsumerHandlesEveryOutcomeWithoutADefaultBranch() {
    assertThat(describe(OrderExamples.orderCompleted())).isEqualTo("paid 4448");
    assertThat(describe(OrderExamples.orderCancelled())).isEqualTo("cancelled: OUT_OF_STOCK");
  }

  @Test
  void aCompletedOrderNeverCostsLessThanNothing() {
    assertThatThrownBy(() -> new OrderCompleted(ORDER_ID, ALICE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderCompleted.totalCents must be at least 0, not -1");
  }

  @Test
  void aCancellationGivesItsReason() {
    assertThatThrownBy(() -> new OrderCancelled(ORDER_ID, ALICE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderCancelled.reason is required");
  }

  @Test
  void anOutcomeNamesItsOrderAndCustomer() {
    assertThatThrownBy(() -> new OrderCompleted(null, ALICE, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderCompleted.orderId is required");
    assertThatThrownBy(() -> new OrderCancelled(ORDER_ID, "", CancellationReason.PAYMENT_DECLINED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderCancelled.userId must not be blank");
  }

  private static String describe(OrderOutcome outcome) {
    return switch (outcome) {
      case OrderCompleted completed -> "paid " + completed.totalCents();
      case OrderCancelled cancelled -> "cancelled: " + cancelled.reason();
    };
  }
}
