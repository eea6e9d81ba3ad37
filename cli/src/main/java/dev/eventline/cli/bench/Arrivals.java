package dev.eventline.cli.bench;

import java.time.Duration;

/**
 * Orders arriving at a fixed rate for a while: an open model, so a slow answer never delays the
 * next arrival (a closed loop would hide exactly the queueing a benchmark must show).
 *
 * @param perSecond orders per second
 * @param duration how long they keep arriving
 */
public record Arrivals(double perSecond, Duration duration) {
  public Arrivals {
    if (!(perSecond > 0)) {
      throw new IllegalArgumentException("the rate must be positive, not " + perSecond);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the duration must be positive, not " + duration);
    }
  }

  /** How many orders arrive in all. */
  public int count() {
    return (int) Math.max(1, Math.round(perSecond * duration.toNanos() / 1e9));
  }

  /** When the {@code index}-th order arrives, in nanoseconds after the first. */
  public long offsetNanos(int index) {
    return Math.round(index * 1e9 / perSecond);
  }
}
