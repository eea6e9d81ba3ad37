/**
 * The idempotent inbox: a consumer records each event it applies in the same transaction as the
 * event's effect, so a redelivered event (Kafka delivers at least once) is recognised and skipped,
 * and an effect that rolled back leaves the event free to be applied on its next delivery.
 */
package dev.eventline.kit.messaging.inbox;
