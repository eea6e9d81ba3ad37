package dev.eventline.payments.infrastructure;

import dev.eventline.payments.application.ApplicationConfiguration;
import dev.eventline.payments.infrastructure.jdbc.JdbcConfiguration;
import dev.eventline.payments.infrastructure.kafka.KafkaConfiguration;
import dev.eventline.payments.web.WebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The payment service. Its database, brokers and keys come from properties at run time (see {@code
 * application.yml}); everything it runs is imported here, nothing is scanned.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({
  ApplicationConfiguration.class,
  JdbcConfiguration.class,
  KafkaConfiguration.class,
  WebConfiguration.class
})
public class PaymentServiceApplication {
  public static void main(String[] args) {
    SpringApplication.run(PaymentServiceApplication.class, args);
  }
}
