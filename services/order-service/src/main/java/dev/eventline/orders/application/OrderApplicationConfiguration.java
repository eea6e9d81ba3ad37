package dev.eventline.orders.application;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.engine.SagaDefinitions;
import dev.eventline.kit.spring.TransactionalEventPublisher;
import dev.eventline.kit.spring.saga.TransactionalSagas;
import dev.eventline.orders.Catalogue;
import dev.eventline.orders.Orders;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The use cases and the place-order saga, wired to the repositories of the infrastructure. */
@Configuration(proxyBeanMethods = false)
public class OrderApplicationConfiguration {
  @Bean
  OrderOutcomes orderOutcomes(Orders orders, TransactionalEventPublisher events, Clock clock) {
    return new TransactionalOrderOutcomes(orders, events, clock);
  }

  @Bean
  Saga<PlaceOrder> placeOrderSaga(OrderOutcomes outcomes) {
    return PlaceOrderSaga.definition(outcomes);
  }

  @Bean
  SagaDefinitions sagaDefinitions(Saga<PlaceOrder> placeOrderSaga) {
    return SagaDefinitions.of(placeOrderSaga);
  }

  @Bean
  OrderPlacement orderPlacement(
      Orders orders,
      Catalogue catalogue,
      TransactionalEventPublisher events,
      TransactionalSagas sagas,
      Saga<PlaceOrder> placeOrderSaga,
      TransactionTemplate transactions,
      Clock clock) {
    return new OrderPlacement(
        orders, catalogue, events, sagas, placeOrderSaga, transactions, clock);
  }

  @Bean
  OrderQueries orderQueries(Orders orders) {
    return new OrderQueries(orders);
  }
}
