package dev.eventline.kit.messaging;

import static dev.eventline.kit.messaging.Deliveries.delivered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class KafkaEventCodecTest {
  private final KafkaEventCodec codec = new KafkaEventCodec();
  private final EventSigner signer =
      new EventSigner("orders-1", Ed25519Keys.generate().getPrivate());

  @Test
  void anEventSurvivesTheTripThroughARecordUnchanged() throws Exception {
    SignedEvent event = signer.sign(Events.orderCreated("o-1"), Events.payload("o-1"));

    SignedEvent decoded = codec.decode(delivered(codec.encode("orders.created", event)));

    assertThat(decoded).isEqualTo(event);
  }

  @Test
  void writesBinaryModeHeadersAndKeysTheRecordByItsSubject() {
    SignedEvent event = signer.sign(Events.orderCreated("o-1"), Events.payload("o-1"));

    ProducerRecord<String, byte[]> record = codec.encode("orders.created", event);

    assertThat(record.key()).isEqualTo("o-1");
    assertThat(record.value()).isEqualTo(Events.payload("o-1"));
    assertThat(StreamSupport.stream(record.headers().spliterator(), false).map(h -> h.key()))
        .contains(
            "ce_specversion",
            "ce_id",
            "ce_source",
            "ce_type",
            "ce_time",
            "ce_subject",
            "ce_dataversion",
            "ce_correlationid",
            "ce_causationid",
            "ce_traceparent",
            "ce_signature",
            "ce_signaturekeyid",
            "content-type");
  }

  @Test
  void anUnsignedEventDecodesWithNoSignature() throws Exception {
    SignedEvent unsigned =
        new SignedEvent(Events.orderCreated("o-1"), Events.payload("o-1"), Optional.empty());

    assertThat(codec.decode(delivered(codec.encode("orders.created", unsigned))).signature())
        .isEmpty();
  }

  @Test
  void aRecordWithoutCloudEventsHeadersIsUndecodable() {
    ConsumerRecord<String, byte[]> plain =
        new ConsumerRecord<>("orders.created", 0, 0, "o-1", "{}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> codec.decode(plain))
        .isInstanceOf(UndecodableEventException.class)
        .hasMessageContaining("not a CloudEvent");
  }

  @Test
  void aRecordWithoutItsVersionIsUndecodable() {
    ProducerRecord<String, byte[]> record =
        codec.encode(
            "orders.created", signer.sign(Events.orderCreated("o-1"), Events.payload("o-1")));
    record.headers().remove("ce_dataversion");

    assertThatThrownBy(() -> codec.decode(delivered(record)))
        .isInstanceOf(UndecodableEventException.class)
        .hasMessageContaining("dataversion is missing");
  }
}
