package dev.eventline.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {
  private static final UUID ORDER = UUID.fromString("0190f0a0-0000-7000-8000-000000000001");

  @Test
  void aFirstChargeTheWalletCoveredIsChargedAndAnsweredAsSucceeded() {
    Payment payment = Payment.charge(ORDER, "alice", 2_500, true);

    assertThat(payment.status()).isEqualTo(PaymentStatus.CHARGED);
    assertThat(payment.answerToCharge()).isEqualTo(ChargeAnswer.SUCCEEDED);
  }

  @Test
  void aFirstChargeTheWalletDidNotCoverIsDeclinedAndAnsweredAsDeclined() {
    Payment payment = Payment.charge(ORDER, "alice", 2_500, false);

    assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
    assertThat(payment.answerToCharge()).isEqualTo(ChargeAnswer.DECLINED);
  }

  @Test
  void aChargeOfARefundedOrderGetsTheFirstAnswerAgain() {
    Payment refunded = charged().refund().payment();

    assertThat(refunded.answerToCharge()).isEqualTo(ChargeAnswer.SUCCEEDED);
  }

  @Test
  void aChargeOfAnOrderRefundedBeforeItWasChargedIsRefused() {
    Payment voided = Payment.voided(ORDER, "alice", 2_500);

    assertThat(voided.answerToCharge()).isEqualTo(ChargeAnswer.REFUSED);
  }

  @Test
  void theFirstRefundOfAChargeGivesTheMoneyBackOnce() {
    Refund first = charged().refund();

    assertThat(first.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(first.creditCents()).isEqualTo(2_500);
    assertThat(first.refundedCents()).isEqualTo(2_500);

    Refund again = first.payment().refund();
    assertThat(again.payment()).isEqualTo(first.payment());
    assertThat(again.creditCents()).isZero();
    assertThat(again.refundedCents()).isEqualTo(2_500);
  }

  @Test
  void aRefundOfAnOrderNeverChargedGivesNothingBackAndConfirmsZero() {
    for (Payment uncharged :
        new Payment[] {
          Payment.charge(ORDER, "alice", 2_500, false), Payment.voided(ORDER, "alice", 2_500)
        }) {
      Refund refund = uncharged.refund();

      assertThat(refund.payment()).isEqualTo(uncharged);
      assertThat(refund.creditCents()).isZero();
      assertThat(refund.refundedCents()).isZero();
    }
  }

  @Test
  void aPaymentNamesAnOrderAUserAndAtLeastOneCent() {
    assertThatThrownBy(() -> Payment.charge(null, "alice", 1, true))
        .hasMessageContaining("orderId");
    assertThatThrownBy(() -> Payment.charge(ORDER, " ", 1, true)).hasMessageContaining("userId");
    assertThatThrownBy(() -> Payment.charge(ORDER, "alice", 0, true))
        .hasMessageContaining("amountCents");
  }

  private static Payment charged() {
    return Payment.charge(ORDER, "alice", 2_500, true);
  }
}
