package dev.eventline.kit.saga;

/** Where a saga instance is in its life. */
public enum SagaState {
  /** Performing its steps in order. */
  RUNNING,
  /** A step failed or timed out for good: undoing the completed steps in reverse order. */
  COMPENSATING,
  /** Every step succeeded. Terminal. */
  COMPLETED,
  /** Every completed step was undone. Terminal. */
  COMPENSATED,
  /**
   * A compensation ran out of retries. Not terminal: it stays visible, raises a metric, and an
   * operator can retry it.
   */
  COMPENSATION_FAILED;

  public boolean isTerminal() {
    return this == COMPLETED || this == COMPENSATED;
  }
}
