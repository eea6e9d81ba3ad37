package dev.eventline.inventory.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.schema.SchemaContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InventoryMessagesContractTest {
  private static final Path RELEASED = Path.of("src/test/released-schemas");

  @Test
  void inventoryMessagesKeepTheirPromises() {
    assertThat(SchemaContract.of(InventoryMessages.TYPES).problems(RELEASED)).isEmpty();
  }
}
