package dev.eventline.kit.spring.checkout;

import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.saga.engine.SagaDefinitions;
import dev.eventline.kit.spring.TransactionalEventPublisher;
import dev.eventline.kit.spring.saga.TransactionalSagas;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A service that owns the checkout saga and plays its participants: the starter's saga subject. */
@SpringBootApplication(proxyBeanMethods = false)
public class CheckoutApplication {
  @Bean
  EventTypes eventTypes() {
    return CheckoutMessages.TYPES;
  }

  @Bean
  SagaDefinitions sagaDefinitions() {
    return SagaDefinitions.of(CheckoutSaga.DEFINITION);
  }

  @Bean
  EventHandlers participants(
      EventPayloads payloads, JdbcClient jdbc, TransactionalEventPublisher events) {
    return new CheckoutParticipants(jdbc, events).handlers(payloads);
  }

  /** Starts checkouts. */
  @Service
  public static class Checkouts {
    private final TransactionalSagas sagas;

    Checkouts(TransactionalSagas sagas) {
      this.sagas = sagas;
    }

    @Transactional
    public UUID start(long cents, List<String> items, String address) {
      UUID id = UUID.randomUUID();
      Checkout checkout = new Checkout(id.toString(), cents, items, address);
      sagas.start(CheckoutSaga.DEFINITION, id, checkout, EventOrigin.request("checkout-" + id));
      return id;
    }
  }
}
