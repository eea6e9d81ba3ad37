package dev.eventline.cli.demo;

import dev.eventline.cli.invariants.InvariantReport;
import java.time.Duration;
import java.util.List;

/**
 * What the demo reports after a run.
 *
 * @param refused the orders the API never accepted, one line each
 * @param wallClock from the first order's creation to the last order's outcome, by the server
 * @param latency of each finished order's saga: its last update minus its creation
 */
public record DemoSummary(
    long seed,
    int users,
    int planned,
    List<String> refused,
    OutcomeCounts outcomes,
    Duration wallClock,
    Percentiles latency,
    InvariantReport invariants) {

  public DemoSummary {
    refused = List.copyOf(refused);
  }

  /** Finished orders per second of wall clock; 0 when nothing finished. */
  public double throughput() {
    double seconds = wallClock.toNanos() / 1e9;
    return seconds <= 0 ? 0 : outcomes.finished() / seconds;
  }

  /** True when every order was accepted and every invariant held. */
  public boolean succeeded() {
    return refused.isEmpty() && invariants.allPassed();
  }
}
