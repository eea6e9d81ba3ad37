package dev.eventline.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignatureVerifier;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.Verification;
import dev.eventline.kit.messaging.Verification.Reason;
import java.net.URI;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class BadMessagesTest {
  private final KeyPair payments = Ed25519Keys.generate();
  private final SignatureVerifier verifier =
      new SignatureVerifier(
          Map.of(URI.create("/services/payments"), Map.of("payments-1", payments.getPublic())));

  @Test
  void theyAreWellFormedPaymentSucceededEventsThatFailVerificationForThreeReasons()
      throws Exception {
    List<ProducerRecord<String, byte[]>> records = BadMessages.records("payments-1", "demo-x");

    assertThat(records).extracting(ProducerRecord::topic).containsOnly("payments.completed");
    List<SignedEvent> events = records.stream().map(BadMessagesTest::decoded).toList();
    assertThat(events)
        .allSatisfy(
            event -> {
              assertThat(event.attributes().type())
                  .isEqualTo("dev.eventline.payments.PaymentSucceeded");
              assertThat(event.attributes().source()).isEqualTo(URI.create("/services/payments"));
            });
    assertThat(events.stream().map(verifier::verify).map(BadMessagesTest::reason))
        .containsExactly(
            Optional.of(Reason.UNSIGNED),
            Optional.of(Reason.UNKNOWN_KEY),
            Optional.of(Reason.BAD_SIGNATURE));
    assertThat(events).extracting(event -> event.attributes().id()).doesNotHaveDuplicates();
  }

  private static SignedEvent decoded(ProducerRecord<String, byte[]> sent) {
    ConsumerRecord<String, byte[]> received =
        new ConsumerRecord<>(
            sent.topic(),
            0,
            0,
            0,
            TimestampType.CREATE_TIME,
            0,
            sent.value().length,
            sent.key(),
            sent.value(),
            sent.headers(),
            Optional.empty());
    try {
      return new KafkaEventCodec().decode(received);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static Optional<Reason> reason(Verification verification) {
    return verification instanceof Verification.Rejected rejected
        ? Optional.of(rejected.reason())
        : Optional.empty();
  }
}
