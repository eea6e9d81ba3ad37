package dev.eventline.cli.invariants;

import static dev.eventline.cli.client.SagaState.COMPENSATED;
import static dev.eventline.cli.client.SagaState.COMPENSATING;
import static dev.eventline.cli.client.SagaState.COMPENSATION_FAILED;
import static dev.eventline.cli.client.SagaState.COMPLETED;
import static dev.eventline.cli.client.SagaState.RUNNING;

import dev.eventline.cli.client.SagaHistoryLine;
import dev.eventline.cli.client.SagaState;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The moves a saga of known steps may make, line by line of its history. Besides staying in place
 * (an input it did not act on), a saga moves RUNNING to RUNNING, COMPENSATING, COMPLETED or
 * COMPENSATED; COMPENSATING to COMPENSATED or COMPENSATION_FAILED; COMPENSATION_FAILED back to
 * COMPENSATING on a retry, or to COMPENSATED when a late confirmation arrives (the kit's engine
 * does that). Running, it enters its steps in order, one at a time, and completes only at the last
 * one; compensating, it only goes back.
 */
final class SagaMoves {
  private static final Map<SagaState, Set<SagaState>> LEGAL =
      Map.of(
          RUNNING, EnumSet.of(RUNNING, COMPENSATING, COMPLETED, COMPENSATED),
          COMPENSATING, EnumSet.of(COMPENSATING, COMPENSATED, COMPENSATION_FAILED),
          COMPENSATION_FAILED, EnumSet.of(COMPENSATING, COMPENSATED),
          COMPLETED, EnumSet.noneOf(SagaState.class),
          COMPENSATED, EnumSet.noneOf(SagaState.class));

  private final List<String> steps;

  SagaMoves(List<String> steps) {
    this.steps = List.copyOf(steps);
  }

  /** What is wrong with the first line of a history, if anything. */
  Optional<String> firstLineProblem(SagaHistoryLine line) {
    if (line.fromState() != null || line.fromStep() != null) {
      return Optional.of("starts from " + line.fromState() + " " + line.fromStep());
    }
    if (line.toState() != RUNNING || !steps.getFirst().equals(line.toStep())) {
      return Optional.of(
          "starts at "
              + line.toState()
              + " "
              + line.toStep()
              + ", not RUNNING "
              + steps.getFirst());
    }
    return Optional.empty();
  }

  /** What is wrong with the move {@code line} makes after {@code previous}, if anything. */
  Optional<String> moveProblem(SagaHistoryLine previous, SagaHistoryLine line) {
    if (line.fromState() != previous.toState() || !same(line.fromStep(), previous.toStep())) {
      return Optional.of(
          "line from %s %s follows a line to %s %s"
              .formatted(line.fromState(), line.fromStep(), previous.toState(), previous.toStep()));
    }
    int to = steps.indexOf(line.toStep());
    if (to < 0) {
      return Optional.of("step " + line.toStep() + " is not one of " + steps);
    }
    if (line.staysInPlace()) {
      return Optional.empty();
    }
    String move = describe(line);
    if (!LEGAL.get(line.fromState()).contains(line.toState())) {
      return Optional.of("illegal move " + move);
    }
    int from = steps.indexOf(line.fromStep());
    boolean forward =
        line.fromState() == RUNNING && EnumSet.of(RUNNING, COMPLETED).contains(line.toState());
    if (forward && to != from && to != from + 1) {
      return Optional.of("skipped a step: " + move);
    }
    if (line.toState() == COMPLETED && to != steps.size() - 1) {
      return Optional.of("completed before the last step: " + move);
    }
    if (!forward && to > from) {
      return Optional.of("compensation went forward: " + move);
    }
    return Optional.empty();
  }

  private static String describe(SagaHistoryLine line) {
    return line.fromState() + " " + line.fromStep() + " -> " + line.toState() + " " + line.toStep();
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
