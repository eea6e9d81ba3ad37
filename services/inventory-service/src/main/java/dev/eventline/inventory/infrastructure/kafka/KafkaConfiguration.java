package dev.eventline.inventory.infrastructure.kafka;

import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.application.StockKeeping;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inventory's messages for the starter: every type it reads or publishes, and the handlers of
 * the saga's commands, for which the starter runs a consumer.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaConfiguration {

  @Bean
  EventTypes eventTypes() {
    return InventoryMessages.TYPES;
  }

  @Bean
  EventHandlers inventoryCommands(EventPayloads payloads, StockKeeping stockKeeping) {
    return new InventoryCommandHandlers(stockKeeping).handlers(payloads);
  }
}
