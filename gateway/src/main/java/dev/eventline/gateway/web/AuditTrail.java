package dev.eventline.gateway.web;

import dev.eventline.kit.audit.AuditAction;
import dev.eventline.kit.audit.AuditLog;
import dev.eventline.kit.audit.AuditOutcome;
import dev.eventline.kit.audit.AuditRecord;
import dev.eventline.kit.audit.Slf4jAuditLog;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's audit records: every request it refuses itself (401, 403, 413, 415, 429) is one
 * {@link AuditRecord} on the {@code eventline.audit} logger ({@link Slf4jAuditLog}), the shape the
 * services store in their tables. The gateway has no database: its log file, which devstack only
 * ever appends to, is its audit log.
 *
 * <p>The target is the method and path, never the query string or a header; the actor is the
 * token's {@code sub} once the token was checked, {@code anonymous} before or without one.
 */
public final class AuditTrail {
  private static final AuditLog LOG = new Slf4jAuditLog();

  private AuditTrail() {}

  /**
   * Records that {@code exchange} was refused, by its authenticated caller or {@code anonymous}.
   */
  public static Mono<Void> denied(ServerWebExchange exchange, AuditAction action, String reason) {
    return exchange
        .getPrincipal()
        .map(Principal::getName)
        .defaultIfEmpty(AuditRecord.ANONYMOUS)
        .doOnNext(actor -> denied(exchange, actor, action, reason))
        .then();
  }

  /** Records that {@code exchange} was refused, by {@code actor}. */
  public static void denied(
      ServerWebExchange exchange, String actor, AuditAction action, String reason) {
    String correlationId = CorrelationIdFilter.of(exchange);
    LOG.record(
        new AuditRecord(
            Instant.now(),
            actor,
            action,
            exchange.getRequest().getMethod().name()
                + " "
                + exchange.getRequest().getPath().value(),
            AuditOutcome.DENIED,
            reason,
            correlationId.isEmpty() ? Optional.empty() : Optional.of(correlationId)));
  }
}
