package dev.eventline.kit.spring;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Kafka clients built from the application's {@code spring.kafka.*} settings, with the settings the
 * kit's guarantees rest on enforced whatever the application says: acks=all and idempotence for
 * producers; manual commits and read-committed for consumers.
 */
final class KafkaClients {
  private final KafkaProperties kafka;

  KafkaClients(KafkaProperties kafka) {
    this.kafka = kafka;
  }

  KafkaProducer<String, byte[]> outboxProducer() {
    Map<String, Object> properties = durableProducer();
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId("outbox"));
    return new KafkaProducer<>(properties);
  }

  KafkaProducer<byte[], byte[]> deadLetterProducer() {
    Map<String, Object> properties = durableProducer();
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId("dead-letters"));
    return new KafkaProducer<>(properties);
  }

  KafkaConsumer<byte[], byte[]> consumer(String group, String name) {
    Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId(name));
    return new KafkaConsumer<>(properties);
  }

  private Map<String, Object> durableProducer() {
    Map<String, Object> properties = new HashMap<>(kafka.buildProducerProperties());
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return properties;
  }

  private String clientId(String role) {
    String base = kafka.getClientId();
    return (base == null ? "eventline" : base) + "-" + role;
  }
}
