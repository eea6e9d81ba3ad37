package dev.eventline.kit.test.saga;

/** What a {@link SagaSimulation} counts, over all its instances. */
public enum Figure {
  /** Transitions committed, ignored inputs included. */
  TRANSITIONS("transitions"),
  /** Commands and replies sent. */
  MESSAGES("messages"),
  /** Messages delivered, copies included. */
  DELIVERIES("deliveries"),
  /** Extra copies delivered soon after the first, and deadlines fired twice. */
  DUPLICATES("duplicates"),
  /** Copies delivered again much later. */
  REDELIVERIES("redeliveries"),
  /** Commands handled, or replies delivered, after their step's timeout. */
  LATE_ANSWERS("late"),
  /** Transitions thrown away before they committed. */
  CRASHES("crashes"),
  /** Commits refused by the optimistic lock: another delivery committed first. */
  LOCK_CONFLICTS("lock-conflicts"),
  /** Deadlines fired. */
  DEADLINES("deadlines"),
  /** Inputs recorded in the history without acting: late, duplicate, stale. */
  IGNORED("ignored"),
  /** Local actions (steps and compensations) that ran in a transition that committed. */
  LOCAL_RUNS("local-runs"),
  /** Local actions made to throw. */
  LOCAL_FAILURES("local-failures"),
  /** Actions a participant refused because their compensation came first. */
  REFUSED_ACTIONS("refused-actions"),
  /** Times a saga reached COMPENSATION_FAILED. */
  COMPENSATION_FAILURES("compensation-failed"),
  /** Operator retries committed. */
  OPERATOR_RETRIES("operator-retries");

  private final String label;

  Figure(String label) {
    this.label = label;
  }

  /** The name in the simulation's summary line. */
  public String label() {
    return label;
  }
}
