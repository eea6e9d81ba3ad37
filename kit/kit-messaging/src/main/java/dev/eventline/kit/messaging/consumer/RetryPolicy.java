package dev.eventline.kit.messaging.consumer;

import java.time.Duration;

/**
 * How often a transient failure is tried, and how long to wait between tries: the first backoff,
 * doubled after each further failure.
 */
public record RetryPolicy(int attempts, Duration firstBackoff) {
  /** Three attempts, 100 ms then 200 ms apart. */
  public static final RetryPolicy DEFAULT = exponentialBackoff(3);

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be 1 or more, not " + attempts);
    }
    if (firstBackoff.isNegative()) {
      throw new IllegalArgumentException("a backoff cannot be negative");
    }
  }

  public static RetryPolicy exponentialBackoff(int attempts) {
    return new RetryPolicy(attempts, Duration.ofMillis(100));
  }

  /** The wait after failed attempt {@code attempt} (1-based). */
  public Duration backoffAfter(int attempt) {
    return firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
  }
}
