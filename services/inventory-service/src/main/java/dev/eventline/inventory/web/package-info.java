/**
 * The inventory's HTTP API, on top of kit-web (JWT, problem+json, correlation ids): {@link
 * dev.eventline.inventory.web.CatalogueController} searches the catalogue ({@code GET
 * /api/products}) and {@link dev.eventline.inventory.web.ProductAdministrationController} lets an
 * administrator create or change a product ({@code PUT /api/admin/products/{sku}}). Controllers
 * translate HTTP to the use cases of {@code dev.eventline.inventory.application} and back; they
 * hold no rules of their own.
 */
package dev.eventline.inventory.web;
