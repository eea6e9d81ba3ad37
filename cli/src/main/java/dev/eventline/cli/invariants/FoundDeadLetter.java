package dev.eventline.cli.invariants;

import java.util.Optional;

/**
 * A record found on a dead-letter topic.
 *
 * @param location where it is stored, {@code payments.completed.dlq:0:3}
 * @param eventId its CloudEvents id, empty when it has none
 */
public record FoundDeadLetter(String location, Optional<String> eventId) {}
