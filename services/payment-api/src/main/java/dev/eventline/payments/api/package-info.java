/**
 * The messages of the payment service: the commands it carries out ({@link
 * dev.eventline.payments.api.ChargePayment}, {@link dev.eventline.payments.api.RefundPayment}) and
 * the events it publishes in answer ({@link dev.eventline.payments.api.PaymentResult} for a charge,
 * {@link dev.eventline.payments.api.PaymentRefunded} for a refund). {@link
 * dev.eventline.payments.api.PaymentMessages} registers them with their CloudEvents types and
 * topics; their JSON Schemas are under {@code eventline/schemas} on the classpath.
 */
package dev.eventline.payments.api;
