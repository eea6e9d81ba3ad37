package dev.eventline.cli.bench;

import java.util.Optional;

/**
 * One target of the benchmark and how the run measured against it.
 *
 * @param name what is measured, e.g. "saga p99 at half of MST"
 * @param goal the target as written, e.g. "<= 150 ms"
 * @param measured the figure of this run, empty when the run could not measure it
 * @param met whether it holds
 * @param gap by how much it is missed, when it is
 */
public record Target(
    String name, String goal, Optional<String> measured, boolean met, Optional<String> gap) {

  static Target atLeast(String name, double goal, Optional<Double> measured, String unit) {
    return judged(name, ">= ", goal, measured, unit, true);
  }

  static Target atMost(String name, double goal, Optional<Double> measured, String unit) {
    return judged(name, "<= ", goal, measured, unit, false);
  }

  private static Target judged(
      String name,
      String relation,
      double goal,
      Optional<Double> measured,
      String unit,
      boolean higherIsBetter) {
    String text = relation + Numbers.text(goal) + " " + unit;
    if (measured.isEmpty()) {
      return new Target(name, text, Optional.empty(), false, Optional.of("not measured"));
    }
    double value = measured.get();
    boolean met = higherIsBetter ? value >= goal : value <= goal;
    Optional<String> gap =
        met
            ? Optional.empty()
            : Optional.of(
                higherIsBetter
                    ? Numbers.text(goal / Math.max(value, 1e-9)) + "x short"
                    : goal > 0
                        ? Numbers.text(value / goal) + "x over"
                        : Numbers.text(value) + " " + unit + " over");
    return new Target(name, text, Optional.of(Numbers.text(value) + " " + unit), met, gap);
  }
}
