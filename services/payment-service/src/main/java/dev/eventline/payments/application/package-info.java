/**
 * The payment service's use cases, as the methods its adapters call: {@link
 * dev.eventline.payments.application.PaymentService} carries out the saga's charge and refund
 * commands (the Kafka consumer calls it in the transaction that records the command in the inbox)
 * and {@link dev.eventline.payments.application.WalletService} serves the customer's wallet and
 * deposits (the HTTP API calls it); both also answer operators, with an order's payment and a
 * wallet beside its deposits. Each method is one transaction.
 */
package dev.eventline.payments.application;
