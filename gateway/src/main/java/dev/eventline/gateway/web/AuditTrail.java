package dev.eventline.gateway.web;

import java.security.Principal;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The gateway's audit records: every request it refuses itself (401, 403, 413, 415, 429) is one
 * WARN line on the {@code eventline.audit} logger, in the same shape as the services' records (the
 * kit's {@code Slf4jAuditLog}): a sentence such as {@code RATE_LIMIT DENIED: alice on GET
 * /api/products: ... [correlationId c-17]}, and the key-value pairs {@code auditAction}, {@code
 * auditOutcome}, {@code auditActor}, {@code auditTarget}, {@code auditReason} and {@code
 * auditCorrelationId}, which JSON logs write as members. The gateway has no database: its log file,
 * which devstack only ever appends to, is its audit log.
 *
 * <p>The target is the method and path, never the query string or a header; the actor is the
 * token's {@code sub} once the token was checked, {@code anonymous} before or without one.
 */
public final class AuditTrail {
  /** What kind of decision a record is about; the names of the kit's {@code AuditAction}. */
  public enum Action {
    /** The bearer token is missing or not valid (401). */
    AUTHENTICATION,
    /** The caller lacks the role a route needs (403). */
    AUTHORIZATION,
    /** The caller is over their rate (429). */
    RATE_LIMIT,
    /** The request's shape is refused: body too large (413), not JSON (415). */
    REQUEST_REFUSED
  }

  /** The actor of a request without a checked token. */
  public static final String ANONYMOUS = "anonymous";

  private static final Logger log = LoggerFactory.getLogger("eventline.audit");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  // The safety net of the kit's AuditRecord: nothing shaped like a JWT reaches the log.
  private static final Pattern JWT =
      Pattern.compile("[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]*");

  private AuditTrail() {}

  /**
   * Records that {@code exchange} was refused, by its authenticated caller or {@code anonymous}.
   */
  public static Mono<Void> denied(ServerWebExchange exchange, Action action, String reason) {
    return exchange
        .getPrincipal()
        .map(Principal::getName)
        .defaultIfEmpty(ANONYMOUS)
        .doOnNext(actor -> denied(exchange, actor, action, reason))
        .then();
  }

  /** Records that {@code exchange} was refused, by {@code actor}. */
  public static void denied(
      ServerWebExchange exchange, String actor, Action action, String reason) {
    String target =
        safe(
            exchange.getRequest().getMethod().name()
                + " "
                + exchange.getRequest().getPath().value());
    String correlationId = CorrelationIdFilter.of(exchange);
    String who = safe(actor);
    String why = safe(reason);
    log.atWarn()
        .addKeyValue("auditAction", action)
        .addKeyValue("auditOutcome", "DENIED")
        .addKeyValue("auditActor", who)
        .addKeyValue("auditTarget", target)
        .addKeyValue("auditReason", why)
        .addKeyValue("auditCorrelationId", correlationId)
        .log(
            "{} DENIED: {} on {}: {} [correlationId {}]",
            action,
            who,
            target,
            why,
            correlationId.isEmpty() ? "none" : correlationId);
  }

  private static String safe(String text) {
    String cleaned = JWT.matcher(CONTROL.matcher(text).replaceAll("_")).replaceAll("[redacted]");
    return cleaned.length() <= 500 ? cleaned : cleaned.substring(0, 497) + "...";
  }
}
