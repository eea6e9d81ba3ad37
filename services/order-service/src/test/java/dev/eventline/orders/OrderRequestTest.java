package dev.eventline.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderRequestTest {
  @Test
  void mergesRepeatedSkusAndSortsThemSoThatEqualRequestsLookAlike() {
    OrderRequest one =
        OrderRequest.of(
            List.of(
                new RequestedItem("pen", 1),
                new RequestedItem("book", 2),
                new RequestedItem("pen", 2)));
    OrderRequest other =
        OrderRequest.of(List.of(new RequestedItem("book", 2), new RequestedItem("pen", 3)));

    assertThat(one.items())
        .containsExactly(new RequestedItem("book", 2), new RequestedItem("pen", 3));
    assertThat(one.fingerprint()).isEqualTo(other.fingerprint());
  }

  @Test
  void refusesAnEmptyOrderAndOneOfMoreThanAHundredLines() {
    assertThatThrownBy(() -> OrderRequest.of(List.of())).isInstanceOf(InvalidOrderException.class);
    List<RequestedItem> lines = Collections.nCopies(101, new RequestedItem("pen", 1));
    assertThatThrownBy(() -> OrderRequest.of(lines))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageContaining("at most 100 lines");
  }

  @Test
  void refusesQuantitiesOutsideOneToAThousandAlsoOnceMerged() {
    assertThatThrownBy(() -> OrderRequest.of(List.of(new RequestedItem("pen", 0))))
        .isInstanceOf(InvalidOrderException.class);
    assertThatThrownBy(() -> OrderRequest.of(List.of(new RequestedItem("pen", 1_001))))
        .isInstanceOf(InvalidOrderException.class);
    assertThatThrownBy(
            () ->
                OrderRequest.of(
                    List.of(new RequestedItem("pen", 600), new RequestedItem("pen", 600))))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageContaining("at most 1000 of pen");
  }

  @Test
  void refusesALineWithoutASku() {
    assertThatThrownBy(() -> OrderRequest.of(List.of(new RequestedItem(" ", 1))))
        .isInstanceOf(InvalidOrderException.class);
  }

  @Test
  void refusesASkuWithAControlCharacterSuchAsNulWhichTheDatabaseCannotStore() {
    assertThatThrownBy(() -> OrderRequest.of(List.of(new RequestedItem("book\u0000", 1))))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("a sku has no control characters");
  }
}
