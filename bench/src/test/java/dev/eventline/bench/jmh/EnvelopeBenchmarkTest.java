package dev.eventline.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.InvalidPayloadException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnvelopeBenchmarkTest {
  private final EnvelopeBenchmark benchmark = new EnvelopeBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @Test
  void decodingWhatWasEncodedGivesBackTheSameEvent() throws Exception {
    ProducerRecord<String, byte[]> sent = benchmark.encode();

    assertThat(benchmark.decode(EnvelopeBenchmark.received(sent))).isEqualTo(OrderPlaced.sample());
    assertThat(benchmark.decode()).isEqualTo(OrderPlaced.sample());
  }

  @Test
  void encodesInCloudEventsBinaryModeWithTheSignatureInTheHeaders() {
    ProducerRecord<String, byte[]> sent = benchmark.encode();

    assertThat(sent.topic()).isEqualTo("bench.orders.placed");
    assertThat(sent.key()).isEqualTo(OrderPlaced.sample().orderId().toString());
    assertThat(new String(sent.value(), StandardCharsets.UTF_8)).startsWith("{\"orderId\":");
    assertThat(Arrays.stream(sent.headers().toArray()).map(Header::key))
        .contains(
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
            "ce_signaturekeyid");
  }

  @Test
  void encodingChecksThePayloadAgainstItsSchema() {
    OrderPlaced sample = OrderPlaced.sample();
    OrderPlaced noLines =
        new OrderPlaced(
            sample.orderId(), sample.userId(), List.of(), sample.totalCents(), sample.createdAt());

    assertThatThrownBy(() -> benchmark.encode(noLines))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("cannot publish");
  }

  @Test
  void decodingChecksThePayloadAgainstItsSchema() {
    ConsumerRecord<byte[], byte[]> received = EnvelopeBenchmark.received(benchmark.encode());
    String payload = new String(received.value(), StandardCharsets.UTF_8);
    byte[] userless =
        payload.replace("\"customer-4711\"", "\" \"").getBytes(StandardCharsets.UTF_8);
    ConsumerRecord<byte[], byte[]> altered =
        new ConsumerRecord<>(
            received.topic(),
            received.partition(),
            received.offset(),
            received.timestamp(),
            received.timestampType(),
            received.serializedKeySize(),
            userless.length,
            received.key(),
            userless,
            received.headers(),
            received.leaderEpoch());

    assertThatThrownBy(() -> benchmark.decode(altered))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("cannot read");
  }
}
