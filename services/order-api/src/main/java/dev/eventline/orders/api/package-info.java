/**
 * The messages the order service publishes: {@link dev.eventline.orders.api.OrderCreated} when a
 * customer places an order, then one {@link dev.eventline.orders.api.OrderOutcome}, completed or
 * cancelled. {@link dev.eventline.orders.api.OrderMessages} registers them with their CloudEvents
 * types and topics; their JSON Schemas are under {@code eventline/schemas} on the classpath.
 */
package dev.eventline.orders.api;
