/**
 * Dead letters: a record that can never succeed (undecodable, invalid, badly signed, rejected by a
 * business rule) or that failed every retry goes to {@code <topic>.dlq} at once, byte for byte,
 * with why and where it failed, so that one bad record never blocks its partition and nothing is
 * lost. A dead letter can be replayed to its topic with the same event id; the inbox makes a second
 * replay harmless.
 */
package dev.eventline.kit.messaging.deadletter;
