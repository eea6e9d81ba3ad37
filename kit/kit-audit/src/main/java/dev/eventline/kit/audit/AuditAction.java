package dev.eventline.kit.audit;

/** What kind of decision or action an {@link AuditRecord} is about. */
public enum AuditAction {
  /** Who is calling: a bearer token checked (401 when it is missing or not valid). */
  AUTHENTICATION,
  /** Whether a known caller may do this: a role checked (403 when it is missing). */
  AUTHORIZATION,
  /** A request to an admin route by an admin: dead-letter replay, saga retry, product update. */
  ADMIN_ACTION,
  /** An event's signature checked on arrival: unsigned, unknown key, altered, undecodable. */
  EVENT_SIGNATURE,
  /** A caller over their request rate (429). */
  RATE_LIMIT,
  /** A request refused for its shape before it reached a service: body too large, not JSON. */
  REQUEST_REFUSED
}
