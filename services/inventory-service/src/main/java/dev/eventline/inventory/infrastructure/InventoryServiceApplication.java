package dev.eventline.inventory.infrastructure;

import dev.eventline.inventory.application.ApplicationConfiguration;
import dev.eventline.inventory.infrastructure.jdbc.JdbcConfiguration;
import dev.eventline.inventory.infrastructure.kafka.KafkaConfiguration;
import dev.eventline.inventory.web.WebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The inventory service: products, stock and reservations in its own PostgreSQL database, commands
 * and events through Kafka, an HTTP API for the catalogue. Wired explicitly, one configuration per
 * package; nothing is scanned.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({
  ApplicationConfiguration.class,
  JdbcConfiguration.class,
  KafkaConfiguration.class,
  WebConfiguration.class
})
public class InventoryServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(InventoryServiceApplication.class, args);
  }
}
