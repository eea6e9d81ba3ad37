package dev.eventline.kit.audit;

/** How an audited decision or action ended. */
public enum AuditOutcome {
  /** A security check let the caller or event through. */
  ALLOWED,
  /** A security check refused the caller or event: it had no effect. */
  DENIED,
  /** An admin action was carried out (a 2xx or 3xx answer). */
  SUCCEEDED,
  /** An admin action was attempted and failed (a 4xx or 5xx answer, or an exception). */
  FAILED
}
