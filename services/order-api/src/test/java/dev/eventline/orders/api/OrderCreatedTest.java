package dev.eventline.orders.api;

import static dev.eventline.orders.api.OrderExamples.ALICE;
import static dev.eventline.orders.api.OrderExamples.COFFEE;
import static dev.eventline.orders.api.OrderExamples.CREATED_AT;
import static dev.eventline.orders.api.OrderExamples.CUP;
import static dev.eventline.orders.api.OrderExamples.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderCreatedTest {
  @Test
  void theTotalIsTheSumOfTheLines() {
    assertThat(new OrderCreated(ORDER_ID, ALICE, List.of(COFFEE, CUP), 4448, CREATED_AT))
        .extracting(OrderCreated::totalCents)
        .isEqualTo(4448L);
    assertThatThrownBy(
            () -> new OrderCreated(ORDER_ID, ALICE, List.of(COFFEE, CUP), 4447, CREATED_AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderCreated.totalCents must be the sum of its lines, 4448, not 4447");
  }

  @Test
  void anOrderOfFreeItemsCostsNothing() {
    OrderLine sticker = new OrderLine("sticker", 3, 0);

    assertThat(new OrderCreated(ORDER_ID, ALICE, List.of(sticker), 0, CREATED_AT).totalCents())
        .isZero();
  }

  @Test
  void anOrderNeedsAtLeastOneLine() {
    assertThatThrownBy(() -> new OrderCreated(ORDER_ID, ALICE, List.of(), 0, CREATED_AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderCreated.lines must not be empty");
  }

  @Test
  void anOrderNamesEachSkuOnce() {
    List<OrderLine> twice = List.of(COFFEE, new OrderLine(COFFEE.sku(), 1, 1899));

    assertThatThrownBy(() -> new OrderCreated(ORDER_ID, ALICE, twice, 5697, CREATED_AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderCreated.lines must name each sku once; coffee-beans-1kg repeats");
  }

  @Test
  void linesThatAddUpToMoreThanALongHoldsAreRefused() {
    OrderLine dear = new OrderLine("yacht", 2, Long.MAX_VALUE);

    assertThatThrownBy(() -> new OrderCreated(ORDER_ID, ALICE, List.of(dear), 0, CREATED_AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderCreated.lines add up to more than a long holds");
  }

  @Test
  void anOrderNeedsItsIdItsCustomerAndItsTime() {
    List<OrderLine> lines = List.of(CUP);

    assertThatThrownBy(() -> new OrderCreated(null, ALICE, lines, 650, CREATED_AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderCreated.orderId is required");
    assertThatThrownBy(() -> new OrderCreated(ORDER_ID, " ", lines, 650, CREATED_AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OrderCreated.userId must not be blank");
    assertThatThrownBy(() -> new OrderCreated(ORDER_ID, ALICE, lines, 650, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderCreated.createdAt is required");
  }

  @Test
  void theLinesCannotChangeAfterTheOrderWasCreated() {
    List<OrderLine> lines = new ArrayList<>(List.of(CUP));
    OrderCreated created = new OrderCreated(ORDER_ID, ALICE, lines, 650, CREATED_AT);

    lines.add(COFFEE);

    assertThat(created.lines()).containsExactly(CUP);
    assertThatThrownBy(() -> created.lines().add(COFFEE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
