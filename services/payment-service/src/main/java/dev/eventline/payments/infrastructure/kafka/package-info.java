/**
 * The payment service on Kafka, through the kit's starter: it reads {@code payments.commands}
 * (signature verified, schema checked, once per event through the inbox) and hands each command to
 * {@link dev.eventline.payments.application.PaymentService}, whose answers go out through the
 * outbox.
 */
package dev.eventline.payments.infrastructure.kafka;
