/**
 * The messages of the inventory service: the commands it carries out ({@link
 * dev.eventline.inventory.api.ReserveStock}, {@link dev.eventline.inventory.api.ReleaseStock}), the
 * events it publishes in answer ({@link dev.eventline.inventory.api.ReservationResult} for a
 * reservation, {@link dev.eventline.inventory.api.StockReleased} for a release) and {@link
 * dev.eventline.inventory.api.ProductUpdated} when the catalogue changes. {@link
 * dev.eventline.inventory.api.InventoryMessages} registers them with their CloudEvents types and
 * topics; their JSON Schemas are under {@code eventline/schemas} on the classpath.
 */
package dev.eventline.inventory.api;
