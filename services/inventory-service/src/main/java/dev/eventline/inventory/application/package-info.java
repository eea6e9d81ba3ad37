/**
 * The inventory's use cases, each one transaction: {@link
 * dev.eventline.inventory.application.ProductAdministration} (an administrator creates or changes a
 * product), {@link dev.eventline.inventory.application.CatalogueSearch} (anyone searches the
 * catalogue) and {@link dev.eventline.inventory.application.StockKeeping} (the order saga reserves
 * and releases stock). Every event they cause is published through the outbox in the same
 * transaction as the change it announces.
 */
package dev.eventline.inventory.application;
