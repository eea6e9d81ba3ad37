package dev.eventline.orders.web;

import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.messaging.deadletter.DeadLetterTopics;
import dev.eventline.kit.saga.operations.SagaOperations;
import dev.eventline.orders.application.OrderPlacement;
import dev.eventline.orders.application.OrderQueries;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP API's controllers; kit-web's auto-configuration brings the JWT wall and errors. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {
  @Bean
  OrderController orderController(OrderPlacement placement, OrderQueries queries) {
    return new OrderController(placement, queries);
  }

  @Bean
  OrderSagaController orderSagaController(OrderQueries queries, SagaOperations operations) {
    return new OrderSagaController(queries, operations);
  }

  @Bean
  SagaAdministrationController sagaAdministrationController(SagaOperations operations) {
    return new SagaAdministrationController(operations);
  }

  /** Dead letters of every topic the service reads: its saga's replies and the catalogue. */
  @Bean
  DeadLetterController deadLetterController(DeadLetterTopics topics, ListableBeanFactory beans) {
    return new DeadLetterController(topics, consumedTopics(beans));
  }

  private static Set<String> consumedTopics(ListableBeanFactory beans) {
    Collection<EventHandlers> handlers = beans.getBeansOfType(EventHandlers.class).values();
    Set<String> topics = new TreeSet<>();
    handlers.forEach(each -> topics.addAll(each.topics()));
    return topics;
  }
}
