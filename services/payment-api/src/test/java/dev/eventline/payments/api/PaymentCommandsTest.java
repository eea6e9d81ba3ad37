package dev.eventline.payments.api;

import static dev.eventline.payments.api.PaymentExamples.ALICE;
import static dev.eventline.payments.api.PaymentExamples.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaymentCommandsTest {
  @Test
  void aChargeTakesAtLeastOneCent() {
    assertThatThrownBy(() -> new ChargePayment(ORDER_ID, ALICE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ChargePayment.amountCents must be at least 1, not 0");
  }

  @Test
  void aRefundGivesBackAtLeastOneCent() {
    assertThatThrownBy(() -> new RefundPayment(ORDER_ID, ALICE, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RefundPayment.amountCents must be at least 1, not -5");
  }

  @Test
  void aCommandNamesItsOrderAndCustomer() {
    assertThatThrownBy(() -> new ChargePayment(null, ALICE, 100))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ChargePayment.orderId is required");
    assertThatThrownBy(() -> new RefundPayment(ORDER_ID, null, 100))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("RefundPayment.userId is required");
    assertThatThrownBy(() -> new ChargePayment(ORDER_ID, "\t", 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ChargePayment.userId must not be blank");
  }
}
