package dev.eventline.kit.spring;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.UndecodableEventException;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** What the starter's tests read from and put on the topics, as a client outside the service. */
final class ShopTopics {
  private final TestKafka kafka;
  private final KafkaEventCodec codec = new KafkaEventCodec();

  ShopTopics(TestKafka kafka) {
    this.kafka = kafka;
  }

  /** The first event on {@code topic} about {@code subject}, waiting for it. */
  SignedEvent eventAbout(String topic, String subject) {
    return decode(recordAbout(topic, subject));
  }

  ConsumerRecord<byte[], byte[]> recordAbout(String topic, String subject) {
    List<ConsumerRecord<byte[], byte[]>> records =
        kafka.readUntil(topic, arrived -> arrived.stream().anyMatch(r -> hasKey(r, subject)));
    return records.stream().filter(r -> hasKey(r, subject)).findFirst().orElseThrow();
  }

  /** The subjects of the events on {@code topic} so far (at least one). */
  List<String> subjects(String topic) {
    return kafka.readUntil(topic, arrived -> !arrived.isEmpty()).stream()
        .map(record -> decode(record).attributes().subject())
        .toList();
  }

  /** Puts {@code event} on {@code topic}, as any producer could. */
  void send(String topic, SignedEvent event) throws Exception {
    ProducerRecord<String, byte[]> record = codec.encode(topic, event);
    send(
        new ProducerRecord<>(
            record.topic(), null, record.key().getBytes(UTF_8), record.value(), record.headers()));
  }

  /** Puts a record that arrived once on its topic again, byte for byte: a redelivery. */
  void resend(ConsumerRecord<byte[], byte[]> record) throws Exception {
    send(
        new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()));
  }

  private void send(ProducerRecord<byte[], byte[]> record) throws Exception {
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.put("key.serializer", ByteArraySerializer.class);
    properties.put("value.serializer", ByteArraySerializer.class);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
      producer.send(record).get();
    }
  }

  private static boolean hasKey(ConsumerRecord<byte[], byte[]> record, String key) {
    return record.key() != null && new String(record.key(), UTF_8).equals(key);
  }

  private SignedEvent decode(ConsumerRecord<byte[], byte[]> record) {
    try {
      return codec.decode(record);
    } catch (UndecodableEventException e) {
      throw new AssertionError(e);
    }
  }
}
