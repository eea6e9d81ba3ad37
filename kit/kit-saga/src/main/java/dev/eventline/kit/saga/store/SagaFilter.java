package dev.eventline.kit.saga.store;

import dev.eventline.kit.saga.SagaState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which stored instances to list, in absolute terms (operators' relative terms, "older than ten
 * minutes", are resolved against a clock before they get here).
 *
 * @param type only instances of this saga, if present
 * @param states only instances in one of these states; every state when empty
 * @param createdBefore only instances created before this, if present
 * @param stuckIfIdleSince only stuck instances, if present: COMPENSATION_FAILED, or unfinished and
 *     not updated since this
 * @param limit at most this many
 */
public record SagaFilter(
    Optional<String> type,
    Set<SagaState> states,
    Optional<Instant> createdBefore,
    Optional<Instant> stuckIfIdleSince,
    int limit) {
  public SagaFilter {
    Objects.requireNonNull(type, "type");
    states = Set.copyOf(states);
    Objects.requireNonNull(createdBefore, "createdBefore");
    Objects.requireNonNull(stuckIfIdleSince, "stuckIfIdleSince");
    if (limit < 1) {
      throw new IllegalArgumentException("a limit must be 1 or more, not " + limit);
    }
  }
}
