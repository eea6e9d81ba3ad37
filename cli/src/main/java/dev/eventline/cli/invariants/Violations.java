package dev.eventline.cli.invariants;

import java.util.ArrayList;
import java.util.List;

/** What one invariant found wrong, summed up in one line: how many, and the first few. */
final class Violations {
  private static final int SHOWN = 2;

  private final List<String> found = new ArrayList<>();

  void add(String violation) {
    found.add(violation);
  }

  void addAll(Violations other) {
    found.addAll(other.found);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  int count() {
    return found.size();
  }

  List<String> all() {
    return List.copyOf(found);
  }

  /**
   * PASS with {@code summary} when nothing was found, else FAIL with the summary and the first
   * violations.
   */
  InvariantResult result(String id, String title, String summary) {
    if (found.isEmpty()) {
      return new InvariantResult(id, title, Verdict.PASS, summary);
    }
    String first = String.join("; ", found.subList(0, Math.min(SHOWN, found.size())));
    String more = found.size() > SHOWN ? " (+" + (found.size() - SHOWN) + " more)" : "";
    String count = found.size() == 1 ? "1 violation: " : found.size() + " violations: ";
    return new InvariantResult(id, title, Verdict.FAIL, summary + "; " + count + first + more);
  }
}
