package dev.eventline.kit.saga.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the deadline scheduler polls.
 *
 * @param pollInterval the wait between scans when nothing more is due; a deadline fires at most
 *     this late (plus the time to work through those before it)
 * @param batchSize how many due deadlines one scan takes, earliest first
 */
public record DeadlineSettings(Duration pollInterval, int batchSize) {
  /** A scan a second, 100 deadlines at a time. */
  public static final DeadlineSettings DEFAULT = new DeadlineSettings(Duration.ofSeconds(1), 100);

  public DeadlineSettings {
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive");
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be 1 or more, not " + batchSize);
    }
  }
}
