package dev.eventline.cli.bench;

import dev.eventline.cli.demo.Percentiles;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one rate did to the system.
 *
 * @param offered orders per second that arrived
 * @param placed orders the API accepted
 * @param failures requests that failed (any answer but 202, or none)
 * @param completedPerSecond sagas that ended per second, from the first order's creation to the
 *     last saga's end (server clocks)
 * @param sagaLatency from the order's creation to its terminal state, by the order service
 * @param apiLatency how long each POST took, seen by the client
 * @param publishDelay from an event's time to its send by the relay, over every event published
 * @param drain how long after the last arrival the last saga ended; empty if not within the limit
 * @param cpuPerSaga CPU time per completed saga of each process group
 * @param generatorLag how late the most delayed request left (the generator's own limit)
 */
public record StepOutcome(
    double offered,
    int placed,
    int failures,
    Optional<String> firstFailure,
    double completedPerSecond,
    Percentiles sagaLatency,
    Percentiles apiLatency,
    Percentiles publishDelay,
    Optional<Duration> drain,
    Map<String, Duration> cpuPerSaga,
    Duration generatorLag) {

  /** The saga p99 a sustained rate must stay under. */
  static final Duration SAGA_P99_LIMIT = Duration.ofSeconds(1);

  /** How long after the last arrival every saga must have ended for the rate to count. */
  static final Duration DRAIN_LIMIT = Duration.ofSeconds(2);

  /**
   * Whether the system kept up: no failure, every saga ended soon after the last arrival (no
   * backlog left), saga p99 under a second, and completions matched arrivals.
   */
  public boolean sustained() {
    return failures == 0
        && drain.isPresent()
        && drain.get().compareTo(DRAIN_LIMIT) <= 0
        && sagaLatency.p99().compareTo(SAGA_P99_LIMIT) <= 0
        && completedPerSecond >= 0.9 * offered;
  }

  /** Why the rate does not count, or empty when it was sustained. */
  public Optional<String> whyNotSustained() {
    if (failures > 0) {
      return Optional.of(failures + " requests failed: " + firstFailure.orElse("?"));
    }
    if (drain.isEmpty()) {
      return Optional.of("sagas still running long after the last arrival");
    }
    if (drain.get().compareTo(DRAIN_LIMIT) > 0) {
      return Optional.of("a backlog: the last saga ended " + Durations.text(drain.get()) + " late");
    }
    if (sagaLatency.p99().compareTo(SAGA_P99_LIMIT) > 0) {
      return Optional.of("saga p99 " + Durations.text(sagaLatency.p99()) + " over 1 s");
    }
    if (completedPerSecond < 0.9 * offered) {
      return Optional.of(
          String.format(Locale.ROOT, "completed %.1f/s of %.1f/s", completedPerSecond, offered));
    }
    return Optional.empty();
  }
}
