package dev.eventline.kit.web;

import dev.eventline.kit.audit.AuditAction;
import dev.eventline.kit.audit.AuditLog;
import dev.eventline.kit.audit.AuditOutcome;
import dev.eventline.kit.audit.AuditRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what the HTTP layer decided about a request in the service's {@link AuditLog}: the target
 * is the method and path (never the query string or a header), with the request's correlation id.
 *
 * <p>A record that cannot be stored does not change the answer: its {@code eventline.audit} line is
 * already written, and the failure is logged.
 */
final class RequestAudit {
  private static final Logger log = LoggerFactory.getLogger(RequestAudit.class);

  private final AuditLog auditLog;
  private final Clock clock;

  RequestAudit(AuditLog auditLog, Clock clock) {
    this.auditLog = auditLog;
    this.clock = clock;
  }

  void record(
      HttpServletRequest request,
      String actor,
      AuditAction action,
      AuditOutcome outcome,
      String reason) {
    String correlationId = CorrelationIdFilter.of(request);
    AuditRecord record =
        new AuditRecord(
            clock.instant(),
            actor,
            action,
            request.getMethod() + " " + ProblemWriter.path(request),
            outcome,
            reason,
            correlationId.isEmpty() ? Optional.empty() : Optional.of(correlationId));
    try {
      auditLog.record(record);
    } catch (RuntimeException e) {
      log.error("the audit record of {} {} was not stored", action, record.target(), e);
    }
  }
}
