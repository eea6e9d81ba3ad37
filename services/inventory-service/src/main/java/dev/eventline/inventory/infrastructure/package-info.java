/**
 * How the inventory meets the world: {@code jdbc} keeps the domain in PostgreSQL, {@code kafka}
 * takes the saga's commands from Kafka, and {@link
 * dev.eventline.inventory.infrastructure.InventoryServiceApplication} puts the service together.
 */
package dev.eventline.inventory.infrastructure;
