package dev.eventline.kit.spring.shop;

import static dev.eventline.kit.messaging.sample.SampleEvents.ORDER_PLACED;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.messaging.sample.SampleEvents;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A one-table shop that publishes orders and charges them: the starter's test subject. */
@SpringBootApplication(proxyBeanMethods = false)
public class ShopApplication {
  // quick-start:begin
  @Bean
  EventTypes eventTypes() {
    return SampleEvents.TYPES;
  }

  @Bean
  EventHandlers paymentHandlers(EventPayloads payloads, Shop shop) {
    return EventHandlers.reading(payloads).on(ORDER_PLACED, shop::charge).build();
  }
  // quick-start:end
}
