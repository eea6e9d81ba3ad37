package dev.eventline.cli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Raises the rate step by step until the system stops keeping up: the maximum sustainable
 * throughput (MST) is the highest rate whose step was {@linkplain StepOutcome#sustained()
 * sustained}. Then it holds half of that rate once more, where latency targets are read.
 *
 * @param start the first rate, orders per second
 * @param factor how much each step raises the rate
 * @param ceiling the highest rate tried
 * @param hold how long each rate is held
 */
public record Ramp(double start, double factor, double ceiling, Duration hold) {
  public Ramp {
    if (!(start > 0) || !(factor > 1) || ceiling < start) {
      throw new IllegalArgumentException("a ramp needs 0 < start <= ceiling and a factor over 1");
    }
  }

  /** What the ramp found. */
  public record Result(
      List<StepOutcome> steps, Optional<StepOutcome> mst, Optional<StepOutcome> half) {}

  Result run(LoadStep step, Consumer<StepOutcome> progress) {
    List<StepOutcome> steps = new ArrayList<>();
    StepOutcome best = null;
    double rate = start;
    int index = 0;
    while (rate <= ceiling) {
      StepOutcome outcome = step.run(new Arrivals(rate, hold), "step" + index++);
      steps.add(outcome);
      progress.accept(outcome);
      if (!outcome.sustained()) {
        break;
      }
      best = outcome;
      rate *= factor;
    }
    if (best == null) {
      return new Result(steps, Optional.empty(), Optional.empty());
    }
    StepOutcome half = step.run(new Arrivals(best.offered() / 2, hold), "half");
    progress.accept(half);
    return new Result(steps, Optional.of(best), Optional.of(half));
  }
}
