package dev.eventline.kit.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A domain error that reaches the caller as an RFC 9457 problem with its own status, title and
 * detail, e.g. {@code throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "Unknown sku",
 * "No product has sku " + sku)}. The detail is shown to the caller: it must not hold secrets.
 */
public class ProblemException extends ErrorResponseException {
  public ProblemException(HttpStatusCode status, String title, String detail) {
    super(status, problem(status, title, detail), null);
  }

  private static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  @Override
  public String getMessage() {
    return getStatusCode().value() + " " + getBody().getTitle() + ": " + getBody().getDetail();
  }
}
