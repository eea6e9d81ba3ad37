package dev.eventline.orders.infrastructure.kafka;

import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.messaging.deadletter.DeadLetterTopics;
import dev.eventline.orders.Catalogue;
import dev.eventline.orders.api.OrderMessages;
import dev.eventline.payments.api.PaymentMessages;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The messages the order service publishes (its own), sends (the participants' commands) and reads
 * (their replies, consumed by the starter's saga consumer, and the catalogue); and the dead letters
 * of what it reads, for the admin API.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaConfiguration {
  @Bean
  EventTypes eventTypes() {
    return OrderMessages.TYPES.and(PaymentMessages.TYPES).and(InventoryMessages.TYPES);
  }

  @Bean
  EventHandlers catalogueUpdates(EventPayloads payloads, Catalogue catalogue) {
    return new CatalogueUpdates(catalogue).handlers(payloads);
  }

  /** Sends replayed dead letters back to their topics, byte for byte. */
  @Bean(destroyMethod = "close")
  KafkaProducer<byte[], byte[]> deadLetterReplayProducer(KafkaProperties kafka) {
    Map<String, Object> properties = new HashMap<>(kafka.buildProducerProperties());
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId(kafka, "dead-letter-replay"));
    return new KafkaProducer<>(properties);
  }

  @Bean
  DeadLetterTopics deadLetterTopics(
      KafkaProperties kafka, KafkaProducer<byte[], byte[]> deadLetterReplayProducer) {
    return new DeadLetterTopics(kafka.buildConsumerProperties(), deadLetterReplayProducer);
  }

  private static String clientId(KafkaProperties kafka, String role) {
    return (kafka.getClientId() == null ? "orders" : kafka.getClientId()) + "-" + role;
  }
}
