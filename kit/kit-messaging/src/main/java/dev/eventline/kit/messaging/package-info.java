/**
 * Typed, versioned and signed events on Kafka, as CloudEvents 1.0 in binary mode.
 *
 * <p>This first part of the messaging kit holds the envelope: time-ordered {@link
 * dev.eventline.kit.messaging.EventId}s, the {@link dev.eventline.kit.messaging.EventTypes}
 * registry mapping records to CloudEvents types and versions, Ed25519 signatures made by {@link
 * dev.eventline.kit.messaging.EventSigner} and checked by {@link
 * dev.eventline.kit.messaging.SignatureVerifier} before anything parses a payload, and the {@link
 * dev.eventline.kit.messaging.KafkaEventCodec} that puts all of it on a Kafka record.
 */
package dev.eventline.kit.messaging;
