/**
 * The inventory's use cases, each one transaction: {@link
 * dev.eventline.inventory.application.ProductAdministration} (an administrator creates or changes a
 * product), {@link dev.eventline.inventory.application.CatalogueSearch} (anyone searches the
 * catalogue), {@link dev.eventline.inventory.application.StockKeeping} (the order saga reserves and
 * releases stock) and {@link dev.eventline.inventory.application.ReservationQueries} (a customer
 * reads their order's reservation). Every event they cause is published through the outbox in the
 * same transaction as the change it announces.
 */
package dev.eventline.inventory.application;
