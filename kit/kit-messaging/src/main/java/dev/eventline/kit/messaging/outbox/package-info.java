/**
 * The transactional outbox: {@link dev.eventline.kit.messaging.outbox.OutboxWriter} appends an
 * event in the caller's database transaction, so the event exists exactly when the state change
 * does; {@link dev.eventline.kit.messaging.outbox.OutboxRelay} publishes the rows to Kafka and
 * deletes them only after the broker acknowledged them. A crash at any point can repeat an event
 * (consumers deduplicate by event id) but never lose one.
 */
package dev.eventline.kit.messaging.outbox;
