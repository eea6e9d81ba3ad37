package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What must hold of every simulated saga: it moves only along legal lines, ends COMPLETED or
 * COMPENSATED, and leaves a net effect that adds up: every step once if it completed, nothing if it
 * compensated.
 */
final class Invariants {
  private Invariants() {}

  /** What is wrong with the move from {@code before} to {@code after}, if anything. */
  static Optional<String> move(Saga<?> saga, SagaInstance<?> before, SagaInstance<?> after) {
    SagaState from = before.state();
    SagaState to = after.state();
    int fromStep = index(saga, before.step());
    int toStep = index(saga, after.step());
    String line = from + " " + before.step() + " -> " + to + " " + after.step();
    if (from.isTerminal() && (to != from || toStep != fromStep)) {
      return Optional.of("a finished saga moved: " + line);
    }
    boolean undoing = undoing(from);
    if (undoing && (to == SagaState.RUNNING || to == SagaState.COMPLETED)) {
      return Optional.of("a compensating saga went forward again: " + line);
    }
    if (from == SagaState.RUNNING && to == SagaState.RUNNING && toStep < fromStep) {
      return Optional.of("a running saga went back a step: " + line);
    }
    if (undoing && to != SagaState.COMPENSATED && toStep > fromStep) {
      return Optional.of("a compensation went forward a step: " + line);
    }
    return Optional.empty();
  }

  /**
   * What the saga claims ahead of the world, if anything: a move past a step whose action no
   * participant applied, or past a compensation no participant handled. A saga that does so would
   * report an order complete, or refunded, on the strength of a reply to something else.
   */
  static Optional<String> ahead(
      Saga<?> saga, SagaInstance<?> before, SagaInstance<?> after, Ledger ledger) {
    List<? extends Step<?>> steps = saga.steps();
    int from = index(saga, before.step());
    int to = index(saga, after.step());
    boolean forward =
        after.state() == SagaState.COMPLETED || after.state() == SagaState.RUNNING && to > from;
    if (before.state() == SagaState.RUNNING && forward) {
      int last = after.state() == SagaState.COMPLETED ? steps.size() - 1 : to - 1;
      for (int k = from; k <= last; k++) {
        String step = steps.get(k).name();
        if (ledger.of(step).applied == 0) {
          return Optional.of("moved past step " + step + " before its action was applied");
        }
      }
    }
    boolean backward =
        after.state() == SagaState.COMPENSATED || undoing(after.state()) && to < from;
    if (undoing(before.state()) && backward) {
      int lowest = after.state() == SagaState.COMPENSATED ? to : to + 1;
      for (int k = lowest; k <= from; k++) {
        Step<?> step = steps.get(k);
        if (step.isCompensable() && !ledger.of(step.name()).compensationHandled()) {
          return Optional.of(
              "moved past the compensation of " + step.name() + " before it was handled");
        }
      }
    }
    return Optional.empty();
  }

  /** What is wrong with how the saga ended, given the effects it had. */
  static List<String> end(Saga<?> saga, SagaInstance<?> instance, Ledger ledger) {
    List<String> broken = new ArrayList<>(ledger.problems());
    SagaState state = instance.state();
    if (!state.isTerminal()) {
      broken.add(
          "ended " + state + " at step " + instance.step() + ", not COMPLETED or COMPENSATED");
      return broken;
    }
    for (Map.Entry<String, Ledger.Effects> entry : ledger.steps().entrySet()) {
      String step = entry.getKey();
      Ledger.Effects effects = entry.getValue();
      if (state == SagaState.COMPLETED && (effects.applied != 1 || effects.compensated != 0)) {
        broken.add("COMPLETED, but step " + step + " " + effects(effects));
      }
      if (state == SagaState.COMPENSATED && effects.applied != effects.compensated) {
        Step<?> definition = saga.step(step);
        broken.add(
            "COMPENSATED, but step "
                + step
                + " "
                + effects(effects)
                + (definition.isCompensable() ? "" : ": it has no compensation"));
      }
    }
    return broken;
  }

  private static boolean undoing(SagaState state) {
    return state == SagaState.COMPENSATING || state == SagaState.COMPENSATION_FAILED;
  }

  private static String effects(Ledger.Effects effects) {
    return "was applied "
        + times(effects.applied)
        + " and compensated "
        + times(effects.compensated);
  }

  private static String times(int count) {
    return switch (count) {
      case 0 -> "never";
      case 1 -> "once";
      default -> count + " times";
    };
  }

  private static int index(Saga<?> saga, String step) {
    List<String> names = saga.steps().stream().map(Step::name).toList();
    return names.indexOf(step);
  }
}
