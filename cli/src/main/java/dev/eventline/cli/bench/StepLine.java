package dev.eventline.cli.bench;

import java.util.Locale;

/** One step as a line of the console: rate, completions, latencies, verdict. */
final class StepLine {
  private StepLine() {}

  static String of(StepOutcome step) {
    return String.format(
        Locale.ROOT,
        "%7.1f/s offered  %7.1f/s completed  saga p50 %s p99 %s  api p99 %s  publish p99 %s  %s",
        step.offered(),
        step.completedPerSecond(),
        Durations.text(step.sagaLatency().p50()),
        Durations.text(step.sagaLatency().p99()),
        Durations.text(step.apiLatency().p99()),
        Durations.text(step.publishDelay().p99()),
        step.whyNotSustained().map(why -> "LOST: " + why).orElse("sustained"));
  }
}
