package dev.eventline.inventory.infrastructure.jdbc;

import dev.eventline.inventory.Catalogue;
import dev.eventline.inventory.StockReservations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The repositories, on the service's database. */
@Configuration(proxyBeanMethods = false)
public class JdbcConfiguration {

  @Bean
  Catalogue catalogue(JdbcClient jdbc) {
    return new JdbcCatalogue(jdbc);
  }

  @Bean
  StockReservations stockReservations(JdbcClient jdbc) {
    return new JdbcStockReservations(jdbc);
  }
}
