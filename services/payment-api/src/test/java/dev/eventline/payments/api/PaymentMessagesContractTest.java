package dev.eventline.payments.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.schema.SchemaContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PaymentMessagesContractTest {
  private static final Path RELEASED = Path.of("src/test/released-schemas");

  @Test
  void paymentMessagesKeepTheirPromises() {
    assertThat(SchemaContract.of(PaymentMessages.TYPES).problems(RELEASED)).isEmpty();
  }
}
