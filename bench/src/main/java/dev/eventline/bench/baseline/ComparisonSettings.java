package dev.eventline.bench.baseline;

import dev.eventline.kit.messaging.outbox.RelaySettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link RelayComparison} measures each relay.
 *
 * @param backlog rows written before the relay starts, for the drain
 * @param writeRate rows per second, one per transaction, for the latency run
 * @param writeDuration how long the latency run writes
 * @param topicPartitions partitions of each relay's topic
 * @param keys aggregates the rows are about, in turns; each key's rows must stay in order
 * @param pollInterval how long an idle relay waits before it looks again, the same for both
 * @param timeout the longest wait for a relay to publish what was written, per run
 */
public record ComparisonSettings(
    int backlog,
    int writeRate,
    Duration writeDuration,
    int topicPartitions,
    int keys,
    Duration pollInterval,
    Duration timeout) {

  /** 20,000 rows to drain, 200 rows/s for 10 s, 6 partitions, the kit's default poll interval. */
  public static final ComparisonSettings DEFAULT =
      new ComparisonSettings(
          20_000,
          200,
          Duration.ofSeconds(10),
          6,
          64,
          RelaySettings.DEFAULT.pollInterval(),
          Duration.ofMinutes(10));

  public ComparisonSettings {
    Objects.requireNonNull(writeDuration, "writeDuration");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(timeout, "timeout");
    if (backlog < 1 || writeRate < 1 || topicPartitions < 1 || keys < 1) {
      throw new IllegalArgumentException(
          "backlog, writeRate, topicPartitions and keys must be 1 or more");
    }
    if (!writeDuration.isPositive() || !pollInterval.isPositive() || !timeout.isPositive()) {
      throw new IllegalArgumentException("durations must be positive");
    }
  }

  /** Rows the latency run writes: the rate times the duration. */
  public int latencyRows() {
    return (int) Math.max(1, writeRate * writeDuration.toMillis() / 1000);
  }

  public ComparisonSettings withBacklog(int rows) {
    return new ComparisonSettings(
        rows, writeRate, writeDuration, topicPartitions, keys, pollInterval, timeout);
  }

  public ComparisonSettings withWrites(int rate, Duration duration) {
    return new ComparisonSettings(
        backlog, rate, duration, topicPartitions, keys, pollInterval, timeout);
  }

  public ComparisonSettings withPollInterval(Duration interval) {
    return new ComparisonSettings(
        backlog, writeRate, writeDuration, topicPartitions, keys, interval, timeout);
  }
}
