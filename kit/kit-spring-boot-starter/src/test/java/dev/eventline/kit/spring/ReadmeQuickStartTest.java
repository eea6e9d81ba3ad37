package dev.eventline.kit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.test.readme.ReadmeQuickStart;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeQuickStartTest {
  private static final Path SHOP = Path.of("src/test/java/dev/eventline/kit/spring/shop");

  @Test
  void theReadmeQuickStartIsTheShopThatShopIntegrationTestRuns() {
    String quickStart = ReadmeQuickStart.in(Path.of("README.md"));

    assertThat(quickStart)
        .isEqualTo(
            ReadmeQuickStart.sampledFrom(
                SHOP.resolve("ShopApplication.java"), SHOP.resolve("Shop.java")));
    assertThat(quickStart.lines().count()).isLessThanOrEqualTo(30);
  }
}
