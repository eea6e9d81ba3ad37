package dev.eventline.cli.client;

import java.net.URI;
import java.util.Objects;

/**
 * A call to the HTTP API that was answered with an error: the status and what the problem+json body
 * said ({@code title}, {@code detail}), or the start of the body when it was not problem+json.
 */
public final class ApiException extends RuntimeException {
  private final String method;
  private final URI uri;
  private final int status;
  private final String title;
  private final String detail;
  private final String correlationId;

  public ApiException(
      String method, URI uri, int status, String title, String detail, String correlationId) {
    super(
        method
            + " "
            + uri.getPath()
            + " answered "
            + status
            + " "
            + Objects.requireNonNull(title, "title")
            + (detail == null || detail.isBlank() ? "" : ": " + detail)
            + " (correlation id "
            + correlationId
            + ")");
    this.method = method;
    this.uri = uri;
    this.status = status;
    this.title = title;
    this.detail = detail == null ? "" : detail;
    this.correlationId = correlationId;
  }

  public String method() {
    return method;
  }

  public URI uri() {
    return uri;
  }

  public int status() {
    return status;
  }

  /** The problem's {@code title}, e.g. {@code Unknown product}. */
  public String title() {
    return title;
  }

  /** The problem's {@code detail}; empty when it had none. */
  public String detail() {
    return detail;
  }

  /** The {@code X-Correlation-ID} the request was sent with, to find it in the services' logs. */
  public String correlationId() {
    return correlationId;
  }

  /** True for answers worth trying again with the same request: 429 and 5xx. */
  public boolean isTransient() {
    return status == 429 || status >= 500;
  }

  /**
   * True for the order service's 422 "Unknown product": a sku it has not learnt from Inventory's
   * events (yet). Nothing was placed, so the same request may be sent again once it has.
   */
  public boolean isUnknownProduct() {
    return status == 422 && "Unknown product".equals(title);
  }
}
