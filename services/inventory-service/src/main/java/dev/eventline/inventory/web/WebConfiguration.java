package dev.eventline.inventory.web;

import dev.eventline.inventory.application.CatalogueSearch;
import dev.eventline.inventory.application.ProductAdministration;
import dev.eventline.inventory.application.ReservationQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The controllers, given the use cases; kit-web's auto-configuration does the rest. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

  @Bean
  CatalogueController catalogueController(CatalogueSearch search) {
    return new CatalogueController(search);
  }

  @Bean
  ProductAdministrationController productAdministrationController(
      ProductAdministration administration) {
    return new ProductAdministrationController(administration);
  }

  @Bean
  ReservationController reservationController(ReservationQueries queries) {
    return new ReservationController(queries);
  }
}
