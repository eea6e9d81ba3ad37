package dev.eventline.cli.client;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Which sagas to list: in any of {@code states} (every state when empty), created longer ago than
 * {@code olderThan}, of {@code type}; at most {@code limit}.
 */
public record SagaQuery(
    List<SagaState> states, Optional<Duration> olderThan, Optional<String> type, int limit) {

  public SagaQuery {
    states = List.copyOf(states);
    if (limit < 1) {
      throw new IllegalArgumentException("a limit is 1 or more, not " + limit);
    }
  }

  /** Every saga, up to 100. */
  public static SagaQuery all() {
    return new SagaQuery(List.of(), Optional.empty(), Optional.empty(), 100);
  }

  public SagaQuery inStates(List<SagaState> wanted) {
    return new SagaQuery(wanted, olderThan, type, limit);
  }

  public SagaQuery olderThan(Duration age) {
    return new SagaQuery(states, Optional.of(age), type, limit);
  }

  public SagaQuery ofType(String sagaType) {
    return new SagaQuery(states, olderThan, Optional.of(sagaType), limit);
  }

  public SagaQuery limit(int most) {
    return new SagaQuery(states, olderThan, type, most);
  }
}
