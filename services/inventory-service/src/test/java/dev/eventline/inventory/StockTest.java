package dev.eventline.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockTest {

  @Test
  void whatIsAvailableIsTheStockLessWhatIsReserved() {
    assertThat(new Stock("espresso-cup", 10, 3).available()).isEqualTo(7);
  }

  @Test
  void settingTheStockAnewKeepsTheReservations() {
    Stock restocked = new Stock("espresso-cup", 10, 3).withOnHand(20);

    assertThat(restocked).isEqualTo(new Stock("espresso-cup", 20, 3));
    assertThat(restocked.available()).isEqualTo(17);
  }

  @Test
  void theStockCanGoDownToWhatIsReservedAndNoFurther() {
    Stock stock = new Stock("espresso-cup", 10, 3);

    assertThat(stock.withOnHand(3).available()).isZero();
    assertThatThrownBy(() -> stock.withOnHand(2))
        .isInstanceOf(StockBelowReservedException.class)
        .hasMessage(
            "cannot set the stock of espresso-cup to 2: 3 are reserved for orders, so the stock"
                + " must be at least 3");
  }

  @Test
  void aStockBelowZeroIsRefused() {
    assertThatThrownBy(() -> Stock.of("espresso-cup", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be negative");
    assertThatThrownBy(() -> Stock.of("espresso-cup", 5).withOnHand(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below zero");
  }

  @Test
  void moreReservedThanThereIsCannotBeRepresented() {
    assertThatThrownBy(() -> new Stock("espresso-cup", 2, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
