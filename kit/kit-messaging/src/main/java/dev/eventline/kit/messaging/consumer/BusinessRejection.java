package dev.eventline.kit.messaging.consumer;

/**
 * A handler's "never": the event breaks a business rule, so retrying cannot help. The event goes to
 * the dead-letter topic after its first attempt.
 */
public class BusinessRejection extends Exception {
  public BusinessRejection(String message) {
    super(message);
  }
}
