package dev.eventline.kit.saga;

import dev.eventline.kit.messaging.EventId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of a saga's history, append-only: from where to where, and why. An input the saga did
 * not act on (a late or duplicate reply, a stale deadline) is recorded too, from and to the same
 * place, so the history explains everything that reached the saga.
 */
public record SagaTransition(
    UUID sagaId,
    Optional<SagaState> fromState,
    Optional<String> fromStep,
    SagaState toState,
    String toStep,
    String cause,
    Optional<EventId> causeEventId,
    Instant at) {

  /** Whether the saga moved (or its data changed); false when the input was only recorded. */
  public boolean moved() {
    return fromState.isEmpty() || fromState.get() != toState || !fromStep.get().equals(toStep);
  }
}
