package dev.eventline.payments.application;

import dev.eventline.kit.spring.TransactionalEventPublisher;
import dev.eventline.payments.Deposits;
import dev.eventline.payments.Payments;
import dev.eventline.payments.Wallets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, wired to the repositories the infrastructure provides. */
@Configuration(proxyBeanMethods = false)
public class ApplicationConfiguration {
  @Bean
  PaymentService paymentService(
      Wallets wallets, Payments payments, TransactionalEventPublisher events) {
    return new PaymentService(wallets, payments, events);
  }

  @Bean
  WalletService walletService(Wallets wallets, Deposits deposits) {
    return new WalletService(wallets, deposits);
  }
}
