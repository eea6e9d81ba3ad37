package dev.eventline.orders;

/** The request breaks a rule of {@link OrderRequest}: the client's mistake (HTTP 400). */
public final class InvalidOrderException extends RuntimeException {
  public InvalidOrderException(String message) {
    super(message);
  }
}
