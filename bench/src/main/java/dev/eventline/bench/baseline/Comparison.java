package dev.eventline.bench.baseline;

/**
 * The kit's outbox relay beside the naive one, measured one after the other on the same database
 * and broker. Each ratio is Eventline's figure over the naive relay's: above 1 for the drain means
 * Eventline drained faster; below 1 for a latency means Eventline published sooner.
 */
public record Comparison(
    ComparisonSettings settings,
    RelayFigures eventline,
    RelayFigures naive,
    double drainRatio,
    double latencyP50Ratio,
    double latencyP99Ratio) {

  static Comparison of(ComparisonSettings settings, RelayFigures eventline, RelayFigures naive) {
    return new Comparison(
        settings,
        eventline,
        naive,
        eventline.drainRowsPerSecond() / naive.drainRowsPerSecond(),
        ratio(eventline.latency().p50().toNanos(), naive.latency().p50().toNanos()),
        ratio(eventline.latency().p99().toNanos(), naive.latency().p99().toNanos()));
  }

  private static double ratio(long eventline, long naive) {
    return naive == 0 ? Double.NaN : (double) eventline / naive;
  }
}
