package dev.eventline.bench.jmh;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventSignature;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.UndecodableEventException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * An {@link OrderPlaced} (six lines, about 500 bytes of JSON) from record to Kafka record and back,
 * through the kit's own parts, JSON Schema validation included on both sides as the kit does it.
 * Signing and verifying are left out: {@link SignatureBenchmark} measures them, and the kit does
 * them between these steps. The record carries a real signature, made once at setup, so its headers
 * are the ones a consumer receives.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnvelopeBenchmark {
  private final KafkaEventCodec codec = new KafkaEventCodec();
  private EventPayloads payloads;
  private OrderPlaced order;
  private EventAttributes attributes;
  private Optional<EventSignature> signature;
  private ConsumerRecord<byte[], byte[]> received;

  @Setup
  public void setUp() {
    payloads = EventPayloads.forTypes(Envelopes.TYPES);
    order = OrderPlaced.sample();
    attributes = Envelopes.attributesOf(order);
    EventSigner signer = new EventSigner(Envelopes.KEY_ID, Ed25519Keys.generate().getPrivate());
    signature = signer.sign(attributes, payloads.write(OrderPlaced.TYPE, order)).signature();
    received = received(encode(order));
  }

  /**
   * What {@code EventPublisher.publish} and the outbox do to an event, minus the id, the signature
   * and the database row: {@link EventPayloads#write} (record to JSON tree, validated against the
   * current schema, to bytes), then {@link KafkaEventCodec#encode} (CloudEvents binary mode through
   * the SDK: {@code ce_*} headers, the subject as key, the payload as value).
   */
  @Benchmark
  public ProducerRecord<String, byte[]> encode() {
    return encode(order);
  }

  /**
   * What {@code EventConsumer} and {@code EventHandlers} do to a record, minus the signature check:
   * {@link KafkaEventCodec#decode} (headers to attributes, through the SDK), then {@link
   * EventPayloads#read} (parse, validate against the schema of the version it arrived in, map to
   * the record). The handler table's lookup by type, one map access, is left out.
   */
  @Benchmark
  public OrderPlaced decode() throws UndecodableEventException {
    return decode(received);
  }

  ProducerRecord<String, byte[]> encode(OrderPlaced event) {
    byte[] payload = payloads.write(OrderPlaced.TYPE, event);
    return codec.encode(OrderPlaced.TYPE.topic(), new SignedEvent(attributes, payload, signature));
  }

  OrderPlaced decode(ConsumerRecord<byte[], byte[]> record) throws UndecodableEventException {
    SignedEvent event = codec.decode(record);
    return payloads.read(OrderPlaced.TYPE, event.attributes().version(), event.payload());
  }

  /** {@code sent} as a consumer polls it: key and value as bytes, the headers as they were. */
  static ConsumerRecord<byte[], byte[]> received(ProducerRecord<String, byte[]> sent) {
    byte[] key = sent.key().getBytes(StandardCharsets.UTF_8);
    return new ConsumerRecord<>(
        sent.topic(),
        0,
        42L,
        System.currentTimeMillis(),
        TimestampType.CREATE_TIME,
        key.length,
        sent.value().length,
        key,
        sent.value(),
        sent.headers(),
        Optional.empty());
  }
}
