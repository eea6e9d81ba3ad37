package dev.eventline.cli.demo;

import java.time.Duration;
import java.util.List;

/**
 * The 50th, 95th and 99th percentiles of some durations, by the nearest-rank method: the p-th
 * percentile is the smallest value that at least p% of the values do not exceed.
 */
public record Percentiles(int count, Duration p50, Duration p95, Duration p99) {
  public static Percentiles of(List<Duration> durations) {
    if (durations.isEmpty()) {
      return new Percentiles(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }
    List<Duration> sorted = durations.stream().sorted().toList();
    return new Percentiles(sorted.size(), rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
  }

  private static Duration rank(List<Duration> sorted, int percentile) {
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
