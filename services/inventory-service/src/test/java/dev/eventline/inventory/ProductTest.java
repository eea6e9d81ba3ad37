package dev.eventline.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductTest {

  @Test
  void aProductCostsAtLeastOneCent() {
    assertThat(new Product("espresso-cup", "Espresso cup", "", 1).priceCents()).isEqualTo(1);
    assertThatThrownBy(() -> new Product("espresso-cup", "Espresso cup", "", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a product's price must be at least 1 cent, not 0");
  }

  @Test
  void aSkuIsMadeOfLettersDigitsDotsDashesAndUnderscores() {
    assertThat(new Product("Coffee_beans-1.0kg", "Coffee", "", 100).sku())
        .isEqualTo("Coffee_beans-1.0kg");
    for (String bad :
        new String[] {"", "-leading-dash", "with space", "slash/in", "x".repeat(65)}) {
      assertThatThrownBy(() -> new Product(bad, "Coffee", "", 100))
          .as("sku '%s'", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("a sku is 1 to 64 letters");
    }
  }

  @Test
  void aProductNeedsANameButItsDescriptionMayBeEmpty() {
    assertThat(new Product("cup", "Cup", "", 100).description()).isEmpty();
    assertThatThrownBy(() -> new Product("cup", " ", "", 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> new Product("cup", "Cup", null, 100))
        .isInstanceOf(NullPointerException.class);
  }
}
