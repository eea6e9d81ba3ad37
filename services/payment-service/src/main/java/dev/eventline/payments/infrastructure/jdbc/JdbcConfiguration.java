package dev.eventline.payments.infrastructure.jdbc;

import dev.eventline.payments.Deposits;
import dev.eventline.payments.Payments;
import dev.eventline.payments.Wallets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The repositories, on the {@code JdbcClient} Spring Boot makes from the service's data source. */
@Configuration(proxyBeanMethods = false)
public class JdbcConfiguration {
  @Bean
  Wallets wallets(JdbcClient jdbc) {
    return new JdbcWallets(jdbc);
  }

  @Bean
  Deposits deposits(JdbcClient jdbc) {
    return new JdbcDeposits(jdbc);
  }

  @Bean
  Payments payments(JdbcClient jdbc) {
    return new JdbcPayments(jdbc);
  }
}
