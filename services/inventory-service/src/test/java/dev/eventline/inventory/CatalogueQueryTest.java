package dev.eventline.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogueQueryTest {

  @Test
  void aBlankSearchListsEverything() {
    assertThat(new CatalogueQuery("  ", 0, 20).listsEverything()).isTrue();
    assertThat(new CatalogueQuery(" espresso ", 0, 20).text()).isEqualTo("espresso");
  }

  @Test
  void pagesCountFromZeroAndHoldOneToAHundredProducts() {
    assertThat(new CatalogueQuery("", 3, 20).offset()).isEqualTo(60);
    assertThatThrownBy(() -> new CatalogueQuery("", -1, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pages count from 0, not -1");
    assertThatThrownBy(() -> new CatalogueQuery("", 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CatalogueQuery("", 0, 101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a page holds 1 to 100 products, not 101");
  }

  @Test
  void aPageKnowsHowManyPagesThereAre() {
    assertThat(new CataloguePage(java.util.List.of(), 0, 2, 5).totalPages()).isEqualTo(3);
    assertThat(new CataloguePage(java.util.List.of(), 0, 2, 0).totalPages()).isZero();
  }
}
