package dev.eventline.orders.infrastructure.kafka;

import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.orders.Catalogue;
import dev.eventline.orders.api.OrderMessages;
import dev.eventline.payments.api.PaymentMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The messages the order service publishes (its own), sends (the participants' commands) and reads
 * (their replies, consumed by the starter's saga consumer, and the catalogue).
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
}
