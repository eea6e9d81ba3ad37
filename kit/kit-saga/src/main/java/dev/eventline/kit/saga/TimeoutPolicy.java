package dev.eventline.kit.saga;

/** What a step does when its participant does not answer in time. */
public enum TimeoutPolicy {
  /**
   * Send the command again (same saga and step, so the participant can deduplicate), with a longer
   * wait each time, until the step's retry policy runs out; then compensate. The default.
   */
  RETRY_THEN_COMPENSATE,
  /** Compensate at the first timeout. */
  COMPENSATE
}
