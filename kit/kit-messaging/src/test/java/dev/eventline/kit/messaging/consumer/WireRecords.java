package dev.eventline.kit.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Records as bytes on a real broker, for the consumer's tests: an order service's {@code
 * OrderCreated} as it travels, byte clients, sending one and acknowledged, and polling a consumer
 * until it has taken what was sent.
 */
final class WireRecords {
  static final URI ORDERS = URI.create("/services/orders");

  private WireRecords() {}

  /** The attributes of an {@code OrderCreated} about {@code subject}. */
  static EventAttributes orderCreated(EventIdGenerator ids, String subject) {
    return new EventAttributes(
        ids.next(),
        ORDERS,
        "dev.eventline.orders.OrderCreated",
        1,
        Instant.now(),
        subject,
        "correlation-" + subject,
        Optional.empty(),
        Optional.empty());
  }

  /** A payload its schema takes. */
  static byte[] payload() {
    return bytes("{\"totalCents\":2599}");
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Sends {@code record} and waits for the broker's acknowledgement. */
  static void send(KafkaProducer<byte[], byte[]> producer, ProducerRecord<?, byte[]> record)
      throws Exception {
    // The codec keys records by subject (a String); this producer sends bytes.
    byte[] key = record.key() instanceof String text ? bytes(text) : (byte[]) record.key();
    producer
        .send(new ProducerRecord<>(record.topic(), null, key, record.value(), record.headers()))
        .get(30, TimeUnit.SECONDS);
  }

  static KafkaProducer<byte[], byte[]> producer(TestKafka kafka) {
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(properties);
  }

  static KafkaConsumer<byte[], byte[]> consumer(
      TestKafka kafka, String group, Map<String, Object> overrides) {
    Map<String, Object> properties = new HashMap<>(kafka.consumerProperties(group));
    properties.putAll(overrides);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return new KafkaConsumer<>(properties);
  }

  /** Polls {@code events} until it has taken {@code expected} records, a minute at most. */
  static void takeAll(EventConsumer events, int expected) throws InterruptedException {
    int taken = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (taken < expected && System.nanoTime() < deadline) {
      taken += events.pollOnce(Duration.ofMillis(200));
    }
    assertThat(taken).isEqualTo(expected);
  }
}
