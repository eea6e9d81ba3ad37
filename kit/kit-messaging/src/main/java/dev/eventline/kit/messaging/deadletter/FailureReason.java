package dev.eventline.kit.messaging.deadletter;

/** Why a record was dead-lettered. */
public enum FailureReason {
  /** Not a CloudEvent, or its attributes are missing or malformed. */
  UNDECODABLE,
  /** The payload does not match the schema of its type and version. */
  SCHEMA_INVALID,
  /** Unsigned, signed with an unknown key, or altered: see {@code Verification.Reason}. */
  BAD_SIGNATURE,
  /** The handler refused it for a business reason; retrying cannot change that. */
  BUSINESS_REJECTION,
  /** A transient failure that outlasted every retry. */
  RETRIES_EXHAUSTED
}
