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
    String text = ">= " + Numbers.text(goal) + " " + unit;
    return measured
        .map(
            value ->
                new Target(
                    name,
                    text,
                    Optional.of(Numbers.text(value) + " " + unit),
                    value >= goal,
                    value >= goal
                        ? Optional.empty()
                        : Optional.of(Numbers.text(goal / Math.max(value, 1e-9)) + "x short")))
        .orElseGet(
            () -> new Target(name, text, Optional.empty(), false, Optional.of("not measured")));
  }

  static Target atMost(String name, double goal, Optional<Double> measured, String unit) {
    String text = "<= " + Numbers.text(goal) + " " + unit;
    return measured
        .map(
            value ->
                new Target(
                    name,
                    text,
                    Optional.of(Numbers.text(value) + " " + unit),
                    value <= goal,
                    value <= goal
                        ? Optional.empty()
                        : Optional.of(Numbers.text(value / goal) + "x over")))
        .orElseGet(
            () -> new Target(name, text, Optional.empty(), false, Optional.of("not measured")));
  }
}
