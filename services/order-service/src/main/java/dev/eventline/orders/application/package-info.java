/**
 * The order service's use cases, the methods its web layer calls: place an order, read orders; and
 * the place-order saga that takes a placed order to COMPLETED or CANCELLED.
 */
package dev.eventline.orders.application;
