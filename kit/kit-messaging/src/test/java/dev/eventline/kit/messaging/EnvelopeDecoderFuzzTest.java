package dev.eventline.kit.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.eventline.kit.messaging.Verification.Rejected;
import dev.eventline.kit.messaging.Verification.Verified;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Fuzzes the envelope decoder with whatever a Kafka record can carry: decode either reads an event
 * or calls the record undecodable, and no altered event passes signature verification. Every build
 * replays the inputs under {@code EnvelopeDecoderFuzzTestInputs/<method>/}, where past findings are
 * named {@code crash-*}; with {@code JAZZER_FUZZ=1} Jazzer fuzzes one method (see the module
 * README).
 *
 * <p>An input is a record written as text: one header a line, then a blank line and the value.
 * {@code name=value} sets a header, {@code +name=value} adds one more of that name, {@code name}
 * alone sets it to a null value and {@code -name} removes it. Values are raw bytes, so any byte but
 * a newline can be in one. Edits apply to an empty record, or to a record carrying {@link #SIGNED}.
 */
class EnvelopeDecoderFuzzTest {
  // Fixed test keys, so that every run signs the same bytes and a finding replays as it was found.
  private static final EventSigner ORDERS =
      new EventSigner(
          "orders-1",
          Ed25519Keys.privateKey(
              "MC4CAQAwBQYDK2VwBCIEIJSv+PotPs/C4QgrVd/f4/JGoh2EOWZBweM2JfPNYU7H"));
  private static final PublicKey ORDERS_PUBLIC =
      Ed25519Keys.publicKey("MCowBQYDK2VwAyEAbWACKV3LEYDdtAA2XTIbDu+cCEeXZfywmCuX279GUEI=");
  private static final PublicKey ORDERS_NEXT_PUBLIC =
      Ed25519Keys.publicKey("MCowBQYDK2VwAyEAR9urmP4rc9d3t+50yZ6R3I0E7U8OU78qsYKcc0+ivgM=");

  // Payments shares the orders key here, so only the signed source tells their events apart.
  private static final SignatureVerifier VERIFIER =
      new SignatureVerifier(
          Map.of(
              Events.ORDERS, Map.of("orders-1", ORDERS_PUBLIC, "orders-2", ORDERS_NEXT_PUBLIC),
              Events.PAYMENTS, Map.of("payments-1", ORDERS_PUBLIC)));

  private static final SignedEvent SIGNED =
      ORDERS.sign(
          new EventAttributes(
              new EventId(UUID.fromString("0192f0c4-7a3b-7c11-8d2e-5f6a7b8c9d0e")),
              Events.ORDERS,
              "dev.eventline.orders.OrderCreated",
              1,
              Instant.parse("2026-11-23T09:30:00.123456789Z"),
              "o-1",
              "correlation-o-1",
              Optional.of(new EventId(UUID.fromString("0192f0c4-7a3b-7c12-9d2e-5f6a7b8c9d0f"))),
              Optional.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")),
          Events.payload("o-1"));

  private static final KafkaEventCodec CODEC = new KafkaEventCodec();
  private static final ProducerRecord<String, byte[]> EMPTY_RECORD =
      new ProducerRecord<>("orders.created", null);
  private static final ProducerRecord<String, byte[]> SIGNED_RECORD =
      CODEC.encode("orders.created", SIGNED);

  @EnvelopeFuzzTest
  void decodesAnyRecordOrCallsItUndecodable(byte[] input) {
    try {
      VERIFIER.verify(CODEC.decode(edited(EMPTY_RECORD, input)));
    } catch (UndecodableEventException deadLettered) {
      // The only way decode may refuse a record.
    }
  }

  @EnvelopeFuzzTest
  void acceptsNoAlteredEvent(byte[] input) {
    SignedEvent decoded;
    try {
      decoded = CODEC.decode(edited(SIGNED_RECORD, input));
    } catch (UndecodableEventException deadLettered) {
      return;
    }
    switch (VERIFIER.verify(decoded)) {
      case Verified verified -> assertThat(withTraceparentOf(SIGNED, decoded)).isEqualTo(SIGNED);
      case Rejected rejected -> {}
    }
  }

  /** A fuzz test whose fuzzer knows the header names and values that reach deep into decode. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "ce_specversion=1.0",
    "ce_id=",
    "ce_source=",
    "ce_type=",
    "ce_time=",
    "ce_subject=",
    "ce_datacontenttype=",
    "ce_dataschema=",
    "ce_dataversion=",
    "ce_correlationid=",
    "ce_causationid=",
    "ce_traceparent=",
    "ce_signature=",
    "ce_signaturekeyid=",
    "content-type=application/cloudevents+json",
    "/services/payments",
    "payments-1",
    "orders-2",
    "0.3"
  })
  @interface EnvelopeFuzzTest {}

  /**
   * The signature covers everything but the trace context, which may change without the verifier
   * noticing; everything else, correlation and causation ids included (seed {@code
   * another-correlation-id}), must be as it was signed.
   */
  private static SignedEvent withTraceparentOf(SignedEvent original, SignedEvent decoded) {
    EventAttributes a = decoded.attributes();
    EventAttributes o = original.attributes();
    return new SignedEvent(
        new EventAttributes(
            a.id(),
            a.source(),
            a.type(),
            a.version(),
            a.time(),
            a.subject(),
            a.correlationId(),
            a.causationId(),
            o.traceparent()),
        decoded.payload(),
        decoded.signature());
  }

  /** The record {@code base} becomes after the edits {@code input} spells (see the class doc). */
  private static ConsumerRecord<String, byte[]> edited(
      ProducerRecord<String, byte[]> base, byte[] input) {
    RecordHeaders headers = new RecordHeaders(base.headers().toArray());
    byte[] value = base.value();
    int start = 0;
    while (start < input.length) {
      int end = indexOf(input, (byte) '\n', start);
      if (end == start) {
        value = Arrays.copyOfRange(input, start + 1, input.length);
        break;
      }
      edit(headers, Arrays.copyOfRange(input, start, end));
      start = end + 1;
    }
    return Deliveries.delivered(
        new ProducerRecord<>(base.topic(), null, base.key(), value, headers));
  }

  private static void edit(RecordHeaders headers, byte[] line) {
    int equals = indexOf(line, (byte) '=', 0);
    String name = new String(line, 0, equals, UTF_8);
    byte[] value = equals == line.length ? null : Arrays.copyOfRange(line, equals + 1, line.length);
    if (name.startsWith("-")) {
      headers.remove(name.substring(1));
    } else if (name.startsWith("+")) {
      headers.add(name.substring(1), value);
    } else {
      headers.remove(name);
      headers.add(name, value);
    }
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return bytes.length;
  }
}
