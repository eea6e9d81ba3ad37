package dev.eventline.kit.saga;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One run of a saga, as it is stored: which definition version it follows, where it is (state and
 * step, by name, so a redeploy that reorders code cannot move it), its data, and the deadline of
 * what it waits for.
 *
 * @param attempt the attempt of the current step (or of its compensation), from 1
 * @param lockVersion the optimistic lock: a transition saves only over the version it loaded
 * @param stepStartedAt when the current step (or compensation) was first entered
 */
public record SagaInstance<S extends Record>(
    UUID id,
    String type,
    int definitionVersion,
    SagaState state,
    String step,
    int attempt,
    S data,
    String correlationId,
    long lockVersion,
    Optional<Instant> deadline,
    Instant createdAt,
    Instant updatedAt,
    Instant stepStartedAt) {

  public SagaInstance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(deadline, "deadline");
  }
}
