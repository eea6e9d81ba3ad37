package dev.eventline.cli.client;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a saga's history: from where to where, and what caused it. The first line has no
 * {@code from}; an input the saga did not act on is a line that stays in place.
 */
public record SagaHistoryLine(
    SagaState fromState,
    String fromStep,
    SagaState toState,
    String toStep,
    String cause,
    String causeEventId,
    Instant at) {

  public Optional<SagaState> from() {
    return Optional.ofNullable(fromState);
  }

  /** True when the saga stayed in the same state and step: an input it only recorded. */
  public boolean staysInPlace() {
    return toState == fromState && toStep != null && toStep.equals(fromStep);
  }
}
