package dev.eventline.kit.messaging;

/** The outcome of checking an event's signature: it is either verified or rejected, with why. */
public sealed interface Verification {
  /** The signature is valid and was made by a key of the event's source. */
  record Verified(String keyId) implements Verification {}

  /** The event must have no effect; it goes to the dead-letter topic with this reason. */
  record Rejected(Reason reason, String detail) implements Verification {}

  enum Reason {
    /** No signature at all. */
    UNSIGNED,
    /** The key id is not one of the event source's keys (forged, or from another service). */
    UNKNOWN_KEY,
    /** The signature does not match: the event was altered, or signed by another key. */
    BAD_SIGNATURE
  }
}
