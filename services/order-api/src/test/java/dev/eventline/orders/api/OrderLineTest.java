package dev.eventline.orders.api;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderLineTest {
  @Test
  void aLineHoldsAtLeastOneItem() {
    assertThatThrownBy(() -> new OrderLine("espresso-cup", 0, 650))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderLine.quantity must be at least 1, not 0");
  }

  @Test
  void aLineNamesItsSku() {
    assertThatThrownBy(() -> new OrderLine(null, 1, 650))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderLine.sku is required");
    assertThatThrownBy(() -> new OrderLine("", 1, 650))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderLine.sku must not be blank");
  }

  @Test
  void anItemMayBeFreeButNeverCostLessThanNothing() {
    assertThatNoException().isThrownBy(() -> new OrderLine("sticker", 1, 0));
    assertThatThrownBy(() -> new OrderLine("sticker", 1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderLine.unitPriceCents must be at least 0, not -1");
  }
}
