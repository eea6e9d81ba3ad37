package dev.eventline.cli.invariants;

import java.util.List;
import java.util.NoSuchElementException;

/** The results of I1 to I6, in order. */
public record InvariantReport(List<InvariantResult> results) {
  public InvariantReport {
    results = List.copyOf(results);
  }

  public boolean allPassed() {
    return results.stream().allMatch(InvariantResult::passed);
  }

  /** The result of invariant {@code id}, e.g. {@code I3}. */
  public InvariantResult result(String id) {
    return results.stream()
        .filter(result -> result.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no invariant " + id));
  }
}
