/**
 * The payment service's domain: wallets that never go below zero, deposits made once per
 * idempotency key, and the one {@link dev.eventline.payments.Payment} per order that decides how
 * every charge and refund of that order is answered. Plain Java: no Spring, Kafka or JDBC here
 * (ArchitectureTest keeps it so); the repositories ({@link dev.eventline.payments.Wallets}, {@link
 * dev.eventline.payments.Deposits}, {@link dev.eventline.payments.Payments}) are implemented in
 * {@code infrastructure.jdbc}.
 */
package dev.eventline.payments;
