/**
 * The order service as a Spring Boot process: its main class and the wiring of the layers, each
 * configuration imported explicitly (no component scanning).
 */
package dev.eventline.orders.infrastructure;
