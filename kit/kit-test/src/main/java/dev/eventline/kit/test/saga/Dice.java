package dev.eventline.kit.test.saga;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The randomness of one simulated saga instance, seeded: every choice the simulation makes (and
 * every choice a {@link Participant} makes with it) is the same when the seed is the same, so a
 * failing run can be replayed exactly.
 */
public final class Dice {
  private final SplittableRandom random;

  /** Dice that roll the same way for the same {@code seed}. */
  public Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** True with probability {@code probability}, between 0 and 1. */
  public boolean chance(double probability) {
    return probability > 0 && random.nextDouble() < probability;
  }

  /** A number from 0 (inclusive) to {@code bound} (exclusive). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Any long. */
  public long nextLong() {
    return random.nextLong();
  }

  /** A number from 0 (inclusive) to 1 (exclusive). */
  public double nextDouble() {
    return random.nextDouble();
  }

  /** One of {@code options}, each as likely. */
  public <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** A duration from zero to {@code max}, to the millisecond. */
  public Duration upTo(Duration max) {
    long millis = max.toMillis();
    return millis <= 0 ? Duration.ZERO : Duration.ofMillis(random.nextLong(millis + 1));
  }
}
