package dev.eventline.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.schema.SchemaContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OrderMessagesContractTest {
  private static final Path RELEASED = Path.of("src/test/released-schemas");

  @Test
  void orderMessagesKeepTheirPromises() {
    assertThat(SchemaContract.of(OrderMessages.TYPES).problems(RELEASED)).isEmpty();
  }
}
