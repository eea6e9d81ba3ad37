package dev.eventline.inventory.api;

import static dev.eventline.inventory.api.InventoryExamples.COFFEE;
import static dev.eventline.inventory.api.InventoryExamples.CUP;
import static dev.eventline.inventory.api.InventoryExamples.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReserveStockTest {
  @Test
  void aReservationHasAtLeastOneLine() {
    assertThatThrownBy(() -> new ReserveStock(ORDER_ID, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReserveStock.lines must not be empty");
  }

  @Test
  void aReservationNamesEachSkuOnce() {
    List<StockLine> twice = List.of(CUP, new StockLine(CUP.sku(), 3));

    assertThatThrownBy(() -> new ReserveStock(ORDER_ID, twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReserveStock.lines must name each sku once; espresso-cup repeats");
  }

  @Test
  void aReservationHasNoMissingLine() {
    List<StockLine> withAHole = Arrays.asList(COFFEE, null);

    assertThatThrownBy(() -> new ReserveStock(ORDER_ID, withAHole))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ReserveStock.lines must not contain null");
  }

  @Test
  void theLinesCannotChangeAfterTheCommandWasMade() {
    List<StockLine> lines = new ArrayList<>(List.of(COFFEE));
    ReserveStock command = new ReserveStock(ORDER_ID, lines);

    lines.add(CUP);

    assertThat(command.lines()).containsExactly(COFFEE);
  }

  @Test
  void aLineHoldsAtLeastOneItemOfANamedSku() {
    assertThatThrownBy(() -> new StockLine("espresso-cup", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("StockLine.quantity must be at least 1, not 0");
    assertThatThrownBy(() -> new StockLine(" ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("StockLine.sku must not be blank");
  }

  @Test
  void aReservationNamesItsCustomerWhenItNamesOne() {
    assertThat(new ReserveStock(ORDER_ID, "alice", List.of(CUP)).userId()).hasValue("alice");
    assertThat(new ReserveStock(ORDER_ID, List.of(CUP)).userId()).isEmpty();
    assertThatThrownBy(() -> new ReserveStock(ORDER_ID, " ", List.of(CUP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReserveStock.userId must not be blank");
    assertThatThrownBy(() -> new ReserveStock(ORDER_ID, List.of(CUP), Optional.of("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReserveStock.userId must not be blank");
    assertThatThrownBy(() -> new ReserveStock(ORDER_ID, List.of(CUP), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ReserveStock.userId is required");
  }

  @Test
  void bothCommandsNameTheirOrder() {
    assertThatThrownBy(() -> new ReserveStock(null, List.of(CUP)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ReserveStock.orderId is required");
    assertThatThrownBy(() -> new ReleaseStock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ReleaseStock.orderId is required");
  }
}
