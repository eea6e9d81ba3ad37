/**
 * The saga's commands from Kafka: {@link
 * dev.eventline.inventory.infrastructure.kafka.InventoryCommandHandlers} hands {@code ReserveStock}
 * and {@code ReleaseStock} to the application, once each, in the consumer's transaction with the
 * inbox (the starter's doing).
 */
package dev.eventline.inventory.infrastructure.kafka;
