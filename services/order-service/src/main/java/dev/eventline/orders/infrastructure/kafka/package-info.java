/** What the order service reads from Kafka besides its saga's replies: the catalogue. */
package dev.eventline.orders.infrastructure.kafka;
