package dev.eventline.kit.audit;

/**
 * Where audit records go. Records are only ever added: nothing reads, changes or removes them
 * through this interface.
 *
 * <p>{@link Slf4jAuditLog} writes each record as a line on the {@value #LOGGER} logger; {@link
 * JdbcAuditLog} does that and also stores it in the service's {@code eventline_audit_log} table.
 */
public interface AuditLog {
  /** The SLF4J logger every record is written to, whatever else stores it. */
  String LOGGER = "eventline.audit";

  /**
   * Adds {@code record} to the log.
   *
   * @throws IllegalStateException when the record cannot be stored; its log line is written first,
   *     so the record is not lost, and the caller decides whether to go on without the stored copy
   */
  void record(AuditRecord record);
}
