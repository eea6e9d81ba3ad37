package dev.eventline.orders.infrastructure;

import dev.eventline.orders.application.OrderApplicationConfiguration;
import dev.eventline.orders.infrastructure.jdbc.JdbcConfiguration;
import dev.eventline.orders.infrastructure.kafka.KafkaConfiguration;
import dev.eventline.orders.web.WebConfiguration;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The order service: owns orders and the place-order saga. It lives beside the infrastructure, not
 * in the domain's package, because it is Spring wiring; the layers are imported, not scanned.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({
  JdbcConfiguration.class,
  KafkaConfiguration.class,
  OrderApplicationConfiguration.class,
  WebConfiguration.class
})
public class OrderServiceApplication {
  public static void main(String[] args) {
    SpringApplication.run(OrderServiceApplication.class, args);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
