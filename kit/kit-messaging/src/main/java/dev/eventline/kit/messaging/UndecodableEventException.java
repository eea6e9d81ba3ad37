package dev.eventline.kit.messaging;

/**
 * A Kafka record that is not an Eventline event: no CloudEvents headers, or attributes missing or
 * malformed. It can never succeed, so it goes to the dead-letter topic at once.
 */
public final class UndecodableEventException extends Exception {
  public UndecodableEventException(String message) {
    super(message);
  }

  public UndecodableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
