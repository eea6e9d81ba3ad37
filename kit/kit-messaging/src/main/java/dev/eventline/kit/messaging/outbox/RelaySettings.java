package dev.eventline.kit.messaging.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the relay works.
 *
 * @param partitions how the outbox is split among relays (writers must use the same)
 * @param batchSize the most rows published per partition in one pass
 * @param pollInterval how long an idle relay waits before looking again, unless woken
 * @param sendTimeout how long to wait for the broker's acknowledgements of a batch
 */
public record RelaySettings(
    OutboxPartitions partitions, int batchSize, Duration pollInterval, Duration sendTimeout) {
  public static final RelaySettings DEFAULT =
      new RelaySettings(
          OutboxPartitions.DEFAULT, 500, Duration.ofMillis(500), Duration.ofSeconds(120));

  public RelaySettings {
    Objects.requireNonNull(partitions, "partitions");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(sendTimeout, "sendTimeout");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be 1 or more, not " + batchSize);
    }
  }

  public RelaySettings withPollInterval(Duration interval) {
    return new RelaySettings(partitions, batchSize, interval, sendTimeout);
  }

  public RelaySettings withBatchSize(int size) {
    return new RelaySettings(partitions, size, pollInterval, sendTimeout);
  }
}
