package dev.eventline.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.Verification;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class SequencedEventsTest {
  private final SequencedEvents events = new SequencedEvents(4);

  @Test
  void carriesItsSequenceNumberAtTheStartOfAFiveHundredBytePayload() {
    SignedEvent event = events.event(12_345);

    assertThat(event.payload()).hasSize(SequencedEvents.PAYLOAD_BYTES);
    assertThat(SequencedEvents.sequence(event.payload())).isEqualTo(12_345);
  }

  @Test
  void isASignedEventAboutOneOfTheKeysInTurn() {
    SignedEvent event = events.event(6);

    assertThat(event.signature()).isPresent();
    assertThat(event.attributes().subject()).isEqualTo("order-2").isEqualTo(events.key(6));
  }

  @Test
  void passesTheVerificationOfItsOwnKeyButNotAnotherSetsKey() {
    SignedEvent event = events.event(3);

    assertThat(events.verifier().verify(event)).isInstanceOf(Verification.Verified.class);
    assertThat(new SequencedEvents(4).verifier().verify(event))
        .isInstanceOf(Verification.Rejected.class);
  }

  @Test
  void travelsAsTheRecordValueSoAReaderFindsItsSequence() {
    ProducerRecord<String, byte[]> record = new KafkaEventCodec().encode("t", events.event(9));

    assertThat(record.key()).isEqualTo("order-1");
    assertThat(SequencedEvents.sequence(record.value())).isEqualTo(9);
  }

  @Test
  void refusesAPayloadThatIsNotSequenced() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SequencedEvents.sequence("{}".getBytes(StandardCharsets.UTF_8)));
  }
}
