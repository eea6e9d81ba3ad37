package dev.eventline.devstack;

/**
 * The devstack could not start or stop, for a reason a person can act on (a port in use, a
 * directory that cannot be written, a binary that does not run). The message is one line meant for
 * the user.
 */
public final class DevstackException extends RuntimeException {
  public DevstackException(String message) {
    super(message);
  }

  public DevstackException(String message, Throwable cause) {
    super(message, cause);
  }
}
