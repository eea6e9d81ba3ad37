package dev.eventline.inventory.application;

import dev.eventline.inventory.Catalogue;
import dev.eventline.inventory.StockReservations;
import dev.eventline.kit.spring.TransactionalEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, given the repositories and the starter's event publisher. */
@Configuration(proxyBeanMethods = false)
public class ApplicationConfiguration {

  @Bean
  ProductAdministration productAdministration(
      Catalogue catalogue, TransactionalEventPublisher events) {
    return new ProductAdministration(catalogue, events);
  }

  @Bean
  CatalogueSearch catalogueSearch(Catalogue catalogue) {
    return new CatalogueSearch(catalogue);
  }

  @Bean
  ReservationQueries reservationQueries(StockReservations reservations) {
    return new ReservationQueries(reservations);
  }

  @Bean
  StockKeeping stockKeeping(
      Catalogue catalogue, StockReservations reservations, TransactionalEventPublisher events) {
    return new StockKeeping(catalogue, reservations, events);
  }
}
