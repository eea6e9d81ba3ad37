package dev.eventline.bench.baseline;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link DatabaseCeiling} measures.
 *
 * @param clients threads, each with a connection of its own, committing at once
 * @param stepsPerTransaction saga steps committed together: 1 is one step per transaction, 10 a
 *     batch of ten
 * @param warmUp how long the clients run before anything is counted
 * @param duration how long the counted part lasts
 */
public record CeilingSettings(
    int clients, int stepsPerTransaction, Duration warmUp, Duration duration) {
  public static final CeilingSettings DEFAULT =
      new CeilingSettings(16, 1, Duration.ofSeconds(2), Duration.ofSeconds(10));

  public CeilingSettings {
    Objects.requireNonNull(warmUp, "warmUp");
    Objects.requireNonNull(duration, "duration");
    if (clients < 1) {
      throw new IllegalArgumentException("clients must be 1 or more, not " + clients);
    }
    if (stepsPerTransaction < 1) {
      throw new IllegalArgumentException(
          "stepsPerTransaction must be 1 or more, not " + stepsPerTransaction);
    }
    if (warmUp.isNegative() || !duration.isPositive()) {
      throw new IllegalArgumentException(
          "a warm-up of 0 or more and a positive duration are needed, not "
              + warmUp
              + " and "
              + duration);
    }
  }

  public CeilingSettings withClients(int count) {
    return new CeilingSettings(count, stepsPerTransaction, warmUp, duration);
  }

  public CeilingSettings withStepsPerTransaction(int steps) {
    return new CeilingSettings(clients, steps, warmUp, duration);
  }

  public CeilingSettings withWarmUp(Duration time) {
    return new CeilingSettings(clients, stepsPerTransaction, time, duration);
  }

  public CeilingSettings withDuration(Duration time) {
    return new CeilingSettings(clients, stepsPerTransaction, warmUp, time);
  }
}
