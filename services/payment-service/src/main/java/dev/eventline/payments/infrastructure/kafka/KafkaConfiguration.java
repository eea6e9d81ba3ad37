package dev.eventline.payments.infrastructure.kafka;

import static dev.eventline.payments.api.PaymentMessages.CHARGE_PAYMENT;
import static dev.eventline.payments.api.PaymentMessages.REFUND_PAYMENT;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.saga.SagaLogContext;
import dev.eventline.payments.api.PaymentMessages;
import dev.eventline.payments.application.PaymentService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The messages the service reads and writes, and the handlers of the saga's commands; the starter
 * consumes, verifies, deduplicates and publishes.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaConfiguration {
  @Bean
  EventTypes eventTypes() {
    return PaymentMessages.TYPES;
  }

  @Bean
  EventHandlers paymentCommands(EventPayloads payloads, PaymentService payments) {
    return EventHandlers.reading(payloads)
        .on(CHARGE_PAYMENT, SagaLogContext.command(payments::handle))
        .on(REFUND_PAYMENT, SagaLogContext.command(payments::handle))
        .build();
  }
}
