package dev.eventline.kit.messaging;

/**
 * A payload that is not valid JSON, does not match the schema of its type and version, or comes in
 * a version this service cannot read. Published, it is a bug in the publisher; received, it is sent
 * to the dead-letter topic at once, because no retry can change it.
 */
public final class InvalidPayloadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidPayloadException(String message) {
    super(message);
  }

  public InvalidPayloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
