/**
 * The payment service as a Spring Boot application: {@link
 * dev.eventline.payments.infrastructure.PaymentServiceApplication} imports the one
 * {@code @Configuration} of each package (application, {@code jdbc}, {@code kafka}) and scans
 * nothing.
 */
package dev.eventline.payments.infrastructure;
