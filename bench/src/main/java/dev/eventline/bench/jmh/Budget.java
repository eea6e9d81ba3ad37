package dev.eventline.bench.jmh;

import java.time.Duration;
import java.util.Objects;

/**
 * How much time a run of the suite may take, per benchmark: the forked JVMs, and in each the warmup
 * and measurement iterations and how long each lasts. JMH's defaults (5 forks of 5 x 10 s and 5 x
 * 10 s) take minutes per benchmark; these take seconds.
 *
 * @param forks JVMs each benchmark runs in, one after another; 0 runs it in this JVM, which is for
 *     debugging only (its scores mix with everything else this JVM did)
 */
public record Budget(
    int forks,
    int warmupIterations,
    Duration warmupTime,
    int measurementIterations,
    Duration measurementTime) {
  /** Enough to see that a benchmark runs and roughly how fast: about 1.5 s per benchmark. */
  public static final Budget SMOKE =
      new Budget(1, 1, Duration.ofMillis(100), 1, Duration.ofMillis(100));

  /**
   * Short, with an error estimate: about 10 s per benchmark. Five warmup seconds, because the
   * envelope and Ed25519 were still speeding up after three on a busy two-core machine.
   */
  public static final Budget QUICK =
      new Budget(1, 5, Duration.ofSeconds(1), 3, Duration.ofSeconds(1));

  /** For figures worth writing down: about 30 s per benchmark. */
  public static final Budget STEADY =
      new Budget(1, 5, Duration.ofSeconds(2), 8, Duration.ofSeconds(2));

  public Budget {
    Objects.requireNonNull(warmupTime, "warmupTime");
    Objects.requireNonNull(measurementTime, "measurementTime");
    if (forks < 0 || warmupIterations < 0 || measurementIterations < 1) {
      throw new IllegalArgumentException(
          "a budget needs forks and warmup iterations of 0 or more and a measurement iteration,"
              + " not "
              + this);
    }
    if (warmupTime.toMillis() < 1 || measurementTime.toMillis() < 1) {
      throw new IllegalArgumentException("iterations last a millisecond or more, not " + this);
    }
  }
}
