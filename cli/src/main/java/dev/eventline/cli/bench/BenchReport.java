package dev.eventline.cli.bench;

import dev.eventline.bench.baseline.Ceiling;
import dev.eventline.bench.baseline.Comparison;
import dev.eventline.bench.baseline.ConsumptionComparison;
import dev.eventline.bench.jmh.Score;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one {@code ./eventline bench} run measured, and how it stands against the targets.
 *
 * @param consumption the kit's consumer with its records in groups against one per transaction,
 *     reported beside the targets: the issue sets none for it
 * @param transactionsPerSaga the database transactions one completed saga commits across the
 *     services, to turn the database's ceiling into sagas per second
 */
public record BenchReport(
    Instant at,
    Machine machine,
    Ramp ramp,
    Ramp.Result result,
    Optional<Ceiling> ceiling,
    Optional<Ceiling> batchedCeiling,
    Optional<Comparison> relays,
    Optional<ConsumptionComparison.Result> consumption,
    List<Score> microbenchmarks,
    Map<String, TopCosts> profiles,
    int transactionsPerSaga) {

  /** The targets of the benchmark issue, each met or missed by this run. */
  public List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    targets.add(
        Target.atLeast(
            "maximum sustainable throughput",
            500,
            result.mst().map(StepOutcome::offered),
            "sagas/s"));
    targets.add(
        Target.atMost(
            "saga p99 at half of MST",
            150,
            result.half().map(half -> Durations.millis(half.sagaLatency().p99())),
            "ms"));
    targets.add(
        Target.atMost(
            "commit-to-publish p99 at half of MST",
            10,
            result.half().map(half -> Durations.millis(half.publishDelay().p99())),
            "ms"));
    targets.add(
        Target.atLeast(
            "relay drain rate against the naive relay",
            5,
            relays.map(Comparison::drainRatio),
            "x"));
    targets.add(
        Target.atMost(
            "failed requests, whole run", 0, Optional.of((double) failures()), "requests"));
    return targets;
  }

  /** The database's ceiling in sagas per second: its transactions over a saga's transactions. */
  public Optional<Double> ceilingSagasPerSecond() {
    return ceiling.map(c -> c.transactionsPerSecond() / transactionsPerSaga);
  }

  /** MST as a share of the database's ceiling. */
  public Optional<Double> mstOfCeiling() {
    return result.mst().flatMap(mst -> ceilingSagasPerSecond().map(c -> mst.offered() / c));
  }

  private long failures() {
    long failures = result.half().map(StepOutcome::failures).orElse(0);
    for (StepOutcome step : result.steps()) {
      failures += step.failures();
    }
    return failures;
  }
}
