package dev.eventline.kit.saga.operations;

import dev.eventline.kit.saga.SagaState;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which saga instances an operator wants to see, oldest first:
 *
 * <pre>{@code
 * SagaQuery.all().ofType("place-order").inState(SagaState.COMPENSATION_FAILED)
 * SagaQuery.all().olderThan(Duration.ofHours(1)).limit(20)
 * SagaQuery.all().stuck()
 * }</pre>
 *
 * @param type only instances of this saga, if present
 * @param states only instances in one of these states; every state when empty
 * @param olderThan only instances created longer ago than this, if present
 * @param stuckOnly only stuck instances (see {@link SagaOperations})
 * @param limit at most this many; 100 unless said
 */
public record SagaQuery(
    Optional<String> type,
    Set<SagaState> states,
    Optional<Duration> olderThan,
    boolean stuckOnly,
    int limit) {
  public SagaQuery {
    Objects.requireNonNull(type, "type");
    states = Set.copyOf(states);
    Objects.requireNonNull(olderThan, "olderThan");
    if (limit < 1) {
      throw new IllegalArgumentException("a limit must be 1 or more, not " + limit);
    }
  }

  /** Every instance, up to 100. */
  public static SagaQuery all() {
    return new SagaQuery(Optional.empty(), Set.of(), Optional.empty(), false, 100);
  }

  /** Only instances of the saga {@code sagaName}. */
  public SagaQuery ofType(String sagaName) {
    return new SagaQuery(Optional.of(sagaName), states, olderThan, stuckOnly, limit);
  }

  /** Only instances in one of these states. */
  public SagaQuery inState(SagaState first, SagaState... more) {
    Set<SagaState> wanted = EnumSet.of(first, more);
    return new SagaQuery(type, wanted, olderThan, stuckOnly, limit);
  }

  /** States given as a list, e.g. from request parameters; an empty list means every state. */
  public SagaQuery inStates(List<SagaState> wanted) {
    return new SagaQuery(type, Set.copyOf(wanted), olderThan, stuckOnly, limit);
  }

  /** Only instances created longer ago than {@code age}. */
  public SagaQuery olderThan(Duration age) {
    if (age.isNegative()) {
      throw new IllegalArgumentException("an age cannot be negative");
    }
    return new SagaQuery(type, states, Optional.of(age), stuckOnly, limit);
  }

  /** Only stuck instances: COMPENSATION_FAILED, or unfinished and idle too long. */
  public SagaQuery stuck() {
    return new SagaQuery(type, states, olderThan, true, limit);
  }

  /** At most {@code most} instances. */
  public SagaQuery limit(int most) {
    return new SagaQuery(type, states, olderThan, stuckOnly, most);
  }
}
