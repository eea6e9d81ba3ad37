package dev.eventline.payments.infrastructure;

import static dev.eventline.payments.api.PaymentMessages.PAYMENT_FAILED;
import static dev.eventline.payments.api.PaymentMessages.PAYMENT_REFUNDED;
import static dev.eventline.payments.api.PaymentMessages.PAYMENT_SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.Verification;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.payments.PaymentStatus;
import dev.eventline.payments.api.PaymentFailed;
import dev.eventline.payments.api.PaymentFailureReason;
import dev.eventline.payments.api.PaymentRefunded;
import dev.eventline.payments.api.PaymentSucceeded;
import dev.eventline.payments.infrastructure.OrderSagaStandIn.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The saga's commands through Kafka, as the order service sends them: signed, verified, handled
 * once per event through the inbox and once per order through the payment record, and answered
 * through the outbox.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentCommandsIntegrationTest {
  private final OrderSagaStandIn orders;
  private final RunningPaymentService service;

  PaymentCommandsIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.orders = new OrderSagaStandIn(kafka);
    this.service = RunningPaymentService.start(database, kafka, orders, Map.of());
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
    orders.close();
  }

  @Test
  void aChargeAfterADepositIsAnsweredWithPaymentSucceededAndReducesTheBalance() throws Exception {
    String user = depositor(5_000);
    UUID order = UUID.randomUUID();
    SignedEvent charge = orders.charge(order, user, 2_000);

    orders.send(charge);

    Answer<PaymentSucceeded> answer = orders.awaitAnswers(PAYMENT_SUCCEEDED, order, 1).getFirst();
    assertThat(answer.message()).isEqualTo(new PaymentSucceeded(order, user, 2_000));
    assertThat(answer.attributes().subject()).isEqualTo(order.toString());
    assertThat(answer.attributes().source()).hasToString("/services/payments");
    assertThat(answer.attributes().correlationId()).isEqualTo(charge.attributes().correlationId());
    assertThat(answer.attributes().causationId()).contains(charge.attributes().id());
    assertThat(service.verifier().verify(answer.event())).isInstanceOf(Verification.Verified.class);
    assertThat(service.balance(user)).isEqualTo(3_000);
    assertThat(service.payment(order).status()).isEqualTo(PaymentStatus.CHARGED);
  }

  @Test
  void aChargeTheWalletDoesNotCoverIsAnsweredWithPaymentFailedAndTakesNothing() throws Exception {
    String user = depositor(1_000);
    UUID order = UUID.randomUUID();

    orders.send(orders.charge(order, user, 1_500));

    assertThat(orders.awaitAnswers(PAYMENT_FAILED, order, 1))
        .extracting(Answer::message)
        .containsExactly(new PaymentFailed(order, user, PaymentFailureReason.INSUFFICIENT_FUNDS));
    assertThat(orders.answers(PAYMENT_SUCCEEDED, order)).isEmpty();
    assertThat(service.balance(user)).isEqualTo(1_000);
    assertThat(service.payment(order).status()).isEqualTo(PaymentStatus.DECLINED);
  }

  @Test
  void aChargeDeliveredTwiceAndThenResentIsAppliedOnceAndAnsweredOncePerSending() throws Exception {
    String user = depositor(5_000);
    UUID order = UUID.randomUUID();
    SignedEvent charge = orders.charge(order, user, 2_000);
    SignedEvent resent = orders.charge(order, user, 2_000);

    orders.send(charge, charge, resent);

    orders.awaitAnswers(PAYMENT_SUCCEEDED, order, 2);
    // The resent charge came last, so any answer to the duplicate would be in the topic by now.
    List<Answer<PaymentSucceeded>> answers = orders.answers(PAYMENT_SUCCEEDED, order);
    assertThat(answers)
        .extracting(answer -> answer.attributes().causationId().orElseThrow())
        .containsExactly(charge.attributes().id(), resent.attributes().id());
    assertThat(answers)
        .extracting(Answer::message)
        .containsOnly(new PaymentSucceeded(order, user, 2_000));
    assertThat(service.balance(user)).isEqualTo(3_000);
  }

  @Test
  void aRefundAfterAChargeGivesTheMoneyBackOnceEvenWhenDeliveredTwiceAndResent() throws Exception {
    String user = depositor(5_000);
    UUID order = UUID.randomUUID();
    orders.send(orders.charge(order, user, 2_000));
    orders.awaitAnswers(PAYMENT_SUCCEEDED, order, 1);
    SignedEvent refund = orders.refund(order, user, 2_000);

    orders.send(refund, refund, orders.refund(order, user, 2_000));

    orders.awaitAnswers(PAYMENT_REFUNDED, order, 2);
    assertThat(orders.answers(PAYMENT_REFUNDED, order))
        .extracting(Answer::message)
        .containsExactly(
            new PaymentRefunded(order, user, 2_000), new PaymentRefunded(order, user, 2_000));
    assertThat(service.balance(user)).isEqualTo(5_000);
    assertThat(service.payment(order).status()).isEqualTo(PaymentStatus.REFUNDED);
  }

  @Test
  void aChargeResentAfterItsRefundGetsTheFirstAnswerAndTakesNothingAgain() throws Exception {
    String user = depositor(5_000);
    UUID order = UUID.randomUUID();
    orders.send(orders.charge(order, user, 2_000), orders.refund(order, user, 2_000));
    orders.awaitAnswers(PAYMENT_REFUNDED, order, 1);

    orders.send(orders.charge(order, user, 2_000));

    orders.awaitAnswers(PAYMENT_SUCCEEDED, order, 2);
    assertThat(service.balance(user)).isEqualTo(5_000);
    assertThat(service.payment(order).status()).isEqualTo(PaymentStatus.REFUNDED);
  }

  @Test
  void aRefundOfAnOrderNeverChargedConfirmsZeroAndALateChargeIsNotApplied() throws Exception {
    String user = depositor(5_000);
    UUID order = UUID.randomUUID();

    orders.send(orders.refund(order, user, 2_000));

    assertThat(orders.awaitAnswers(PAYMENT_REFUNDED, order, 1))
        .extracting(Answer::message)
        .containsExactly(new PaymentRefunded(order, user, 0));
    assertThat(service.payment(order).status()).isEqualTo(PaymentStatus.VOIDED);

    // The charge the refund overtook arrives; a second refund behind it shows it was handled.
    orders.send(orders.charge(order, user, 2_000), orders.refund(order, user, 2_000));

    assertThat(orders.awaitAnswers(PAYMENT_REFUNDED, order, 2))
        .extracting(Answer::message)
        .containsOnly(new PaymentRefunded(order, user, 0));
    assertThat(orders.answers(PAYMENT_SUCCEEDED, order)).isEmpty();
    assertThat(orders.answers(PAYMENT_FAILED, order)).isEmpty();
    assertThat(service.balance(user)).isEqualTo(5_000);
    assertThat(service.payment(order).status()).isEqualTo(PaymentStatus.VOIDED);
  }

  @Test
  void aRefundOfADeclinedChargeConfirmsZeroAndGivesNothing() throws Exception {
    String user = depositor(100);
    UUID order = UUID.randomUUID();

    orders.send(orders.charge(order, user, 500), orders.refund(order, user, 500));

    assertThat(orders.awaitAnswers(PAYMENT_REFUNDED, order, 1))
        .extracting(Answer::message)
        .containsExactly(new PaymentRefunded(order, user, 0));
    assertThat(service.balance(user)).isEqualTo(100);
    assertThat(service.payment(order).status()).isEqualTo(PaymentStatus.DECLINED);
  }

  @Test
  void aChargeSignedWithoutTheOrdersKeyIsDeadLetteredAndTakesNothing() throws Exception {
    String user = depositor(5_000);
    UUID order = UUID.randomUUID();

    orders.send(orders.forgedCharge(order, user, 2_000));

    await().atMost(Duration.ofSeconds(30)).until(() -> !orders.deadLetters(order).isEmpty());
    assertThat(service.payments().paymentOf(order)).isEmpty();
    assertThat(service.balance(user)).isEqualTo(5_000);
  }

  private String depositor(long cents) {
    String user = "user-" + UUID.randomUUID();
    service.wallets().deposit(user, "first", cents);
    return user;
  }
}
