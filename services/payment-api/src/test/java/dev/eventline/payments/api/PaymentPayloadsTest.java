package dev.eventline.payments.api;

import static dev.eventline.payments.api.PaymentMessages.CHARGE_PAYMENT;
import static dev.eventline.payments.api.PaymentMessages.PAYMENT_FAILED;
import static dev.eventline.payments.api.PaymentMessages.PAYMENT_REFUNDED;
import static dev.eventline.payments.api.PaymentMessages.PAYMENT_SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.InvalidPayloadException;
import dev.eventline.kit.messaging.schema.Example;
import dev.eventline.kit.messaging.schema.StoredSamples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PaymentPayloadsTest {
  private final EventPayloads payloads = EventPayloads.forTypes(PaymentMessages.TYPES);

  static List<Example<?>> everyMessage() {
    return PaymentExamples.everyMessage();
  }

  @Test
  void everyRegisteredMessageHasAnExample() {
    assertThat(everyMessage())
        .<EventType<?>>map(Example::type)
        .containsExactlyInAnyOrderElementsOf(PaymentMessages.TYPES.all());
  }

  @Test
  void theCommandsAndTheEventsAreEveryMessage() {
    assertThat(PaymentMessages.COMMANDS.all())
        .containsExactlyInAnyOrder(CHARGE_PAYMENT, PaymentMessages.REFUND_PAYMENT)
        .allSatisfy(command -> assertThat(command.topic()).isEqualTo("payments.commands"));
    assertThat(PaymentMessages.EVENTS.all())
        .containsExactlyInAnyOrder(PAYMENT_SUCCEEDED, PAYMENT_FAILED, PAYMENT_REFUNDED);
  }

  @ParameterizedTest
  @MethodSource("everyMessage")
  void everyMessageTravelsAsJsonAndComesBackEqual(Example<?> example) {
    assertThat(example.read(payloads, example.write(payloads))).isEqualTo(example.message());
  }

  @ParameterizedTest
  @MethodSource("everyMessage")
  void everyMessageIsWrittenAsItsStoredSample(Example<?> example) {
    byte[] payload = example.write(payloads);

    assertThat(EventPayloads.wireFormat().readTree(payload))
        .isEqualTo(StoredSamples.of(example.type()));
  }

  @Test
  void aChargeOfNothingIsRefused() {
    byte[] nothing = StoredSamples.with(CHARGE_PAYMENT, sample -> sample.put("amountCents", 0));

    assertThatThrownBy(() -> payloads.read(CHARGE_PAYMENT, 1, nothing))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("does not match its schema")
        .hasMessageContaining("amountCents");
  }

  @Test
  void aNegativeRefundIsRefused() {
    byte[] negative =
        StoredSamples.with(PAYMENT_REFUNDED, sample -> sample.put("amountCents", -4448));

    assertThatThrownBy(() -> payloads.read(PAYMENT_REFUNDED, 1, negative))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("amountCents");
  }

  @Test
  void aRefundOfAChargeThatNeverHappenedIsConfirmedWithNothingReturned() {
    byte[] nothing = StoredSamples.with(PAYMENT_REFUNDED, sample -> sample.put("amountCents", 0));

    assertThat(payloads.read(PAYMENT_REFUNDED, 1, nothing).amountCents()).isZero();
  }

  @Test
  void aFailureForAReasonThisVersionDoesNotKnowIsRefused() {
    byte[] unknown = StoredSamples.with(PAYMENT_FAILED, sample -> sample.put("reason", "FRAUD"));

    assertThatThrownBy(() -> payloads.read(PAYMENT_FAILED, 1, unknown))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void aPaymentWithoutACustomerIsRefused() {
    byte[] anonymous = StoredSamples.with(PAYMENT_SUCCEEDED, sample -> sample.remove("userId"));
    byte[] blank = StoredSamples.with(PAYMENT_SUCCEEDED, sample -> sample.put("userId", " "));

    assertThatThrownBy(() -> payloads.read(PAYMENT_SUCCEEDED, 1, anonymous))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("userId");
    assertThatThrownBy(() -> payloads.read(PAYMENT_SUCCEEDED, 1, blank))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("userId");
  }

  @Test
  void fieldsAddedByANewerProducerAreIgnored() {
    byte[] withMore =
        StoredSamples.with(PAYMENT_SUCCEEDED, sample -> sample.put("method", "wallet"));

    assertThat(payloads.read(PAYMENT_SUCCEEDED, 1, withMore))
        .isEqualTo(PaymentExamples.paymentSucceeded());
  }
}
