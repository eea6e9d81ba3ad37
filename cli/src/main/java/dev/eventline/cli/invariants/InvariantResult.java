package dev.eventline.cli.invariants;

/**
 * What the check found for one invariant.
 *
 * @param id {@code I1} to {@code I6}, as SYSTEM.md numbers them
 * @param title what the invariant says, in a few words
 * @param detail one line: what was counted, or the first violations
 */
public record InvariantResult(String id, String title, Verdict verdict, String detail) {
  public boolean passed() {
    return verdict == Verdict.PASS;
  }
}
