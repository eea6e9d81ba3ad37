package dev.eventline.payments.web;

import dev.eventline.payments.application.PaymentService;
import dev.eventline.payments.application.WalletService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP API's controllers; kit-web's auto-configuration brings the JWT wall and errors. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {
  @Bean
  WalletController walletController(WalletService wallets) {
    return new WalletController(wallets);
  }

  @Bean
  PaymentController paymentController(PaymentService payments) {
    return new PaymentController(payments);
  }

  @Bean
  PaymentAdministrationController paymentAdministrationController(
      PaymentService payments, WalletService wallets) {
    return new PaymentAdministrationController(payments, wallets);
  }
}
