package dev.eventline.kit.test.saga;

import java.util.List;
import java.util.UUID;

/**
 * The invariants one simulated saga broke.
 *
 * @param instance the instance's number in its run: replay it alone with {@code
 *     -Deventline.simulation.instance}
 * @param sagaId the saga's id
 * @param broken what went wrong, in the order it was seen
 * @param history the saga's history as it was committed, one line per transition
 */
public record Violation(int instance, UUID sagaId, List<String> broken, List<String> history) {
  public Violation {
    broken = List.copyOf(broken);
    history = List.copyOf(history);
  }

  @Override
  public String toString() {
    return "instance "
        + instance
        + " (saga "
        + sagaId
        + "):\n  - "
        + String.join("\n  - ", broken)
        + "\n  history:\n    "
        + String.join("\n    ", history);
  }
}
