package dev.eventline.cli.demo;

import dev.eventline.cli.client.OrderSystemClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Waits until the placed orders have all ended, asking the order service how many of each user's
 * are still PENDING, and gives up at a deadline: an order that has not ended by then fails I1
 * instead of hanging the demo.
 */
final class OutcomeWait {
  private static final Duration POLL = Duration.ofMillis(500);

  private final OrderSystemClient client;
  private final int parallelism;

  OutcomeWait(OrderSystemClient client, int parallelism) {
    this.client = client;
    this.parallelism = parallelism;
  }

  /** Returns how many orders are still PENDING: 0, unless {@code deadline} passed first. */
  long await(List<String> userIds, int placed, Instant deadline, ProgressBar progress) {
    while (true) {
      long pending =
          Workers.map(userIds, parallelism, user -> client.customer(user).pendingOrders()).stream()
              .mapToLong(Long::longValue)
              .sum();
      progress.show((int) (placed - pending));
      if (pending == 0 || Instant.now().isAfter(deadline)) {
        progress.finish();
        return pending;
      }
      Workload.pause(POLL);
    }
  }
}
