package dev.eventline.cli.invariants;

/** Whether an invariant held. */
public enum Verdict {
  PASS,
  FAIL
}
