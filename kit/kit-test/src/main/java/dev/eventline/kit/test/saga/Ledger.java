package dev.eventline.kit.test.saga;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effects one saga had on the world, per step: how often its action was applied (by a
 * participant, or locally) and how often it was undone; with the order in which that happened.
 */
final class Ledger {
  /** What happened to one step. */
  static final class Effects {
    int applied;
    int compensated;
    boolean compensationCameFirst;

    boolean stillApplied() {
      return applied > compensated;
    }

    /** Whether the participant has handled the compensation, as an undo or as a no-op. */
    boolean compensationHandled() {
      return compensated > 0 || compensationCameFirst;
    }
  }

  private final Map<String, Effects> steps = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  Ledger(List<String> stepNames) {
    stepNames.forEach(name -> steps.put(name, new Effects()));
  }

  Effects of(String step) {
    return steps.get(step);
  }

  Map<String, Effects> steps() {
    return steps;
  }

  /** What went wrong while it happened: an effect twice, or out of order. */
  List<String> problems() {
    return problems;
  }

  /** The action of {@code step} took effect: every earlier step must hold, none undone yet. */
  void applied(String step) {
    for (Map.Entry<String, Effects> earlier : steps.entrySet()) {
      if (earlier.getKey().equals(step)) {
        break;
      }
      if (!earlier.getValue().stillApplied()) {
        problems.add("step " + step + " was applied while step " + earlier.getKey() + " was not");
      }
    }
    Effects effects = of(step);
    effects.applied++;
    if (effects.applied > 1) {
      problems.add("step " + step + " was applied " + effects.applied + " times");
    }
  }

  /** The compensation of {@code step} took effect: every later step must be undone already. */
  void compensated(String step) {
    boolean later = false;
    for (Map.Entry<String, Effects> other : steps.entrySet()) {
      if (later && other.getValue().stillApplied()) {
        problems.add(
            "step " + step + " was compensated while step " + other.getKey() + " still held");
      }
      later |= other.getKey().equals(step);
    }
    Effects effects = of(step);
    effects.compensated++;
    if (effects.compensated > 1) {
      problems.add("step " + step + " was compensated " + effects.compensated + " times");
    }
  }

  /** A compensation came for an action never applied: a no-op, remembered to refuse the action. */
  void compensatedFirst(String step) {
    of(step).compensationCameFirst = true;
  }
}
