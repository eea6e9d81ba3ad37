package dev.eventline.inventory.api;

import static dev.eventline.inventory.api.InventoryExamples.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InventoryEventsTest {
  @Test
  void theSagaHandlesEitherAnswerToAReservationWithoutADefaultBranch() {
    assertThat(nextStep(new InventoryReserved(ORDER_ID))).isEqualTo("complete the order");
    assertThat(nextStep(InventoryExamples.noCupLeft()))
        .isEqualTo("refund: espresso-cup, 0 of 1 left");
  }

  @Test
  void aFailedReservationHadFewerItemsThanRequested() {
    assertThatNoException()
        .isThrownBy(() -> new InventoryReservationFailed(ORDER_ID, "espresso-cup", 3, 2));
    assertThatThrownBy(() -> new InventoryReservationFailed(ORDER_ID, "espresso-cup", 3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "InventoryReservationFailed.available must be less than the 3 requested, not 3");
  }

  @Test
  void aFailedReservationCountsItemsFromZero() {
    assertThatThrownBy(() -> new InventoryReservationFailed(ORDER_ID, "espresso-cup", 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("InventoryReservationFailed.requested must be at least 1, not 0");
    assertThatThrownBy(() -> new InventoryReservationFailed(ORDER_ID, "espresso-cup", 1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("InventoryReservationFailed.available must be at least 0, not -1");
  }

  @Test
  void everyAnswerNamesItsOrder() {
    assertThatThrownBy(() -> new InventoryReserved(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("InventoryReserved.orderId is required");
    assertThatThrownBy(() -> new StockReleased(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("StockReleased.orderId is required");
    assertThatThrownBy(() -> new InventoryReservationFailed(ORDER_ID, null, 1, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("InventoryReservationFailed.sku is required");
  }

  @Test
  void aProductHasANameAndAPriceButMayLackADescription() {
    assertThat(new ProductUpdated("espresso-cup", "Espresso cup", "", 650).description()).isEmpty();
    assertThatThrownBy(() -> new ProductUpdated("espresso-cup", "Espresso cup", null, 650))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ProductUpdated.description is required");
    assertThatThrownBy(() -> new ProductUpdated("espresso-cup", " ", "", 650))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProductUpdated.name must not be blank");
    assertThatThrownBy(() -> new ProductUpdated("espresso-cup", "Espresso cup", "", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProductUpdated.priceCents must be at least 0, not -1");
  }

  private static String nextStep(ReservationResult result) {
    return switch (result) {
      case InventoryReserved reserved -> "complete the order";
      case InventoryReservationFailed failed ->
          "refund: "
              + failed.sku()
              + ", "
              + failed.available()
              + " of "
              + failed.requested()
              + " left";
    };
  }
}
