package dev.eventline.cli.client;

/** Where a saga instance is in its life (the kit's {@code SagaState}, as the admin API says it). */
public enum SagaState {
  RUNNING,
  COMPENSATING,
  COMPLETED,
  COMPENSATED,
  COMPENSATION_FAILED;

  /** COMPLETED and COMPENSATED are final; COMPENSATION_FAILED waits for an operator. */
  public boolean isTerminal() {
    return this == COMPLETED || this == COMPENSATED;
  }
}
