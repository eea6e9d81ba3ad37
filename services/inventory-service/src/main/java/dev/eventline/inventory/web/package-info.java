/**
 * The inventory's HTTP API, on top of kit-web (JWT, problem+json, correlation ids): {@link
 * dev.eventline.inventory.web.CatalogueController} searches the catalogue ({@code GET
 * /api/products}), {@link dev.eventline.inventory.web.ProductAdministrationController} lets an
 * administrator create or change a product ({@code PUT /api/admin/products/{sku}}) and {@link
 * dev.eventline.inventory.web.ReservationController} shows a customer their order's reservation
 * ({@code GET /api/reservations/{orderId}}). Controllers translate HTTP to the use cases of {@code
 * dev.eventline.inventory.application} and back; they hold no rules of their own.
 */
package dev.eventline.inventory.web;
