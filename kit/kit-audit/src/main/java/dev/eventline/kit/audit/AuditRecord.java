package dev.eventline.kit.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One security decision or admin action: who did what to which target, how it ended and why.
 *
 * <p>The text fields are made safe to log whatever their source (a claimed event source or a
 * request path is the sender's to choose): control characters become {@code _}, so one record is
 * one log line, anything shaped like a JWT or a bearer credential is replaced by {@code
 * [redacted]}, and each field is cut to a bounded length. Callers still never pass a token, a
 * password or a key: this is the safety net, not the rule.
 *
 * @param recordedAt when the decision was taken
 * @param actor who: a token's {@code sub}, {@code anonymous} for a caller without a valid token, or
 *     the source and key id an event claims
 * @param action what kind of decision or action
 * @param target what it was about: {@code METHOD /path} of a request, or {@code
 *     topic-partition@offset event <id>} of an event
 * @param outcome how it ended
 * @param reason why, in one sentence
 * @param correlationId the request's or event's correlation id, if it had one
 */
public record AuditRecord(
    Instant recordedAt,
    String actor,
    AuditAction action,
    String target,
    AuditOutcome outcome,
    String reason,
    Optional<String> correlationId) {

  /** The actor of a request without a valid token. */
  public static final String ANONYMOUS = "anonymous";

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  // Three base64url parts, the first two long enough to hold a JOSE header and claims.
  private static final Pattern JWT =
      Pattern.compile("[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]*");
  // An RFC 6750 credential (token68) long enough to be one, so "no bearer token" stays readable.
  private static final Pattern BEARER =
      Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/-]{16,}=*");

  public AuditRecord {
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(correlationId, "correlationId");
    actor = safe(Objects.requireNonNull(actor, "actor"), 200);
    target = safe(Objects.requireNonNull(target, "target"), 500);
    reason = safe(Objects.requireNonNull(reason, "reason"), 1000);
    correlationId = correlationId.map(id -> safe(id, 100)).filter(id -> !id.isEmpty());
  }

  private static String safe(String text, int maxLength) {
    String cleaned = CONTROL.matcher(text).replaceAll("_");
    cleaned = JWT.matcher(cleaned).replaceAll("[redacted]");
    cleaned = BEARER.matcher(cleaned).replaceAll("Bearer [redacted]");
    return cleaned.length() <= maxLength ? cleaned : cleaned.substring(0, maxLength - 3) + "...";
  }
}
