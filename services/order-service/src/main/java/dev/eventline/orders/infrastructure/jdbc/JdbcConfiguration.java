package dev.eventline.orders.infrastructure.jdbc;

import dev.eventline.orders.Catalogue;
import dev.eventline.orders.Orders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The repositories, on the service's PostgreSQL database (schema: db/migration). */
@Configuration(proxyBeanMethods = false)
public class JdbcConfiguration {
  @Bean
  Orders orders(JdbcClient jdbc) {
    return new JdbcOrders(jdbc);
  }

  @Bean
  Catalogue catalogue(JdbcClient jdbc) {
    return new JdbcCatalogue(jdbc);
  }
}
