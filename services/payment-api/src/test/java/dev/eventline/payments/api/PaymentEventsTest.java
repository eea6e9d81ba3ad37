package dev.eventline.payments.api;

import static dev.eventline.payments.api.PaymentExamples.ALICE;
import static dev.eventline.payments.api.PaymentExamples.ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaymentEventsTest {
  @Test
  void theSagaHandlesEitherAnswerToAChargeWithoutADefaultBranch() {
    assertThat(nextStep(PaymentExamples.paymentSucceeded())).isEqualTo("reserve stock");
    assertThat(nextStep(PaymentExamples.paymentFailed())).isEqualTo("cancel: INSUFFICIENT_FUNDS");
  }

  @Test
  void aSuccessfulPaymentTookAtLeastOneCent() {
    assertThatThrownBy(() -> new PaymentSucceeded(ORDER_ID, ALICE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PaymentSucceeded.amountCents must be at least 1, not 0");
  }

  @Test
  void aRefundReturnsNothingWhenNothingWasChargedButNeverLess() {
    assertThat(new PaymentRefunded(ORDER_ID, ALICE, 0).amountCents()).isZero();
    assertThatThrownBy(() -> new PaymentRefunded(ORDER_ID, ALICE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PaymentRefunded.amountCents must be at least 0, not -1");
  }

  @Test
  void aFailedPaymentGivesItsReason() {
    assertThatThrownBy(() -> new PaymentFailed(ORDER_ID, ALICE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("PaymentFailed.reason is required");
  }

  @Test
  void anEventNamesItsOrderAndCustomer() {
    assertThatThrownBy(() -> new PaymentRefunded(null, ALICE, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("PaymentRefunded.orderId is required");
    assertThatThrownBy(() -> new PaymentSucceeded(ORDER_ID, "", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PaymentSucceeded.userId must not be blank");
  }

  private static String nextStep(PaymentResult result) {
    return switch (result) {
      case PaymentSucceeded succeeded -> "reserve stock";
      case PaymentFailed failed -> "cancel: " + failed.reason();
    };
  }
}
