/**
 * The audit log: one {@link dev.eventline.kit.audit.AuditRecord} per security decision and admin
 * action (who, what, on what, with which outcome, why, when), written as a line on the {@code
 * eventline.audit} logger and, with {@link dev.eventline.kit.audit.JdbcAuditLog}, as a row of the
 * append-only {@code eventline_audit_log} table in the service's own database.
 *
 * <p>It lives in kit-messaging, the one kit module every service has and that needs no Spring, so
 * that both the event consumer (refused signatures) and kit-web (401, 403, admin actions) can write
 * to it. Nothing here depends on messaging.
 */
package dev.eventline.kit.audit;
