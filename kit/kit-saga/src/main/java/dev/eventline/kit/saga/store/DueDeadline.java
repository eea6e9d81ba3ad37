package dev.eventline.kit.saga.store;

import java.time.Instant;
import java.util.UUID;

/** A saga whose deadline has passed, and that deadline. */
public record DueDeadline(UUID sagaId, Instant deadline) {}
