package dev.eventline.kit.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Writes each record as one line on the {@value AuditLog#LOGGER} logger: WARN when something was
 * denied or failed, INFO otherwise. The message reads as a sentence, e.g. {@code AUTHENTICATION
 * DENIED: anonymous on GET /api/orders: the bearer token has expired [correlationId c-17]}; the
 * fields are also key-value pairs ({@code auditAction}, {@code auditOutcome}, {@code auditActor},
 * {@code auditTarget}, {@code auditReason}, {@code auditCorrelationId}), which Spring Boot's JSON
 * logs write as members of the line's object.
 *
 * <p>The log-only audit log, for code without a database (the gateway, tools); {@link JdbcAuditLog}
 * writes through it before it stores the record.
 */
public final class Slf4jAuditLog implements AuditLog {
  private static final Logger log = LoggerFactory.getLogger(LOGGER);

  @Override
  public void record(AuditRecord record) {
    Level level =
        switch (record.outcome()) {
          case DENIED, FAILED -> Level.WARN;
          case ALLOWED, SUCCEEDED -> Level.INFO;
        };
    log.atLevel(level)
        .addKeyValue("auditAction", record.action())
        .addKeyValue("auditOutcome", record.outcome())
        .addKeyValue("auditActor", record.actor())
        .addKeyValue("auditTarget", record.target())
        .addKeyValue("auditReason", record.reason())
        .addKeyValue("auditCorrelationId", record.correlationId().orElse(""))
        .log(
            "{} {}: {} on {}: {} [correlationId {}]",
            record.action(),
            record.outcome(),
            record.actor(),
            record.target(),
            record.reason(),
            record.correlationId().orElse("none"));
  }
}
