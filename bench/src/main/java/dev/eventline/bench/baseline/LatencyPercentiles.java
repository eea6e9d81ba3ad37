package dev.eventline.bench.baseline;

import java.time.Duration;
import java.util.Arrays;

/**
 * The median and 99th percentile of a set of latencies, by the nearest-rank method, with the
 * largest and the sample count so that a reader can tell a percentile of ten samples from one of
 * ten thousand.
 */
public record LatencyPercentiles(Duration p50, Duration p99, Duration max, int samples) {
  public static final LatencyPercentiles NONE =
      new LatencyPercentiles(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);

  /** The percentiles of {@code nanos}, which it does not change. */
  public static LatencyPercentiles of(long[] nanos) {
    if (nanos.length == 0) {
      return NONE;
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new LatencyPercentiles(
        Duration.ofNanos(rank(sorted, 0.50)),
        Duration.ofNanos(rank(sorted, 0.99)),
        Duration.ofNanos(sorted[sorted.length - 1]),
        sorted.length);
  }

  private static long rank(long[] sorted, double percentile) {
    int rank = (int) Math.ceil(percentile * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
