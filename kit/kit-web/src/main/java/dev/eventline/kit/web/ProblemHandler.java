package dev.eventline.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception a controller throws into a problem+json response: Spring MVC's own (400,
 * 404, 405, 413, 415...) through {@link ResponseEntityExceptionHandler}, {@link ProblemException}
 * and {@code @ResponseStatus} exceptions with their status, and anything else into a 500 that says
 * nothing about its cause, which goes to the log with the correlation id.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  /** Security's exceptions go back to its filters, which answer 401 or 403. */
  @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
  void rethrow(RuntimeException e) {
    throw e;
  }

  @ExceptionHandler(Exception.class)
  @Nullable ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
    ResponseStatus declared =
        AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
    ProblemDetail problem;
    if (declared != null) {
      problem = ProblemDetail.forStatus(declared.code());
      if (!declared.reason().isEmpty()) {
        problem.setDetail(declared.reason());
      }
    } else {
      log.error("Unexpected error on {}", path(request), e);
      problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.INTERNAL_SERVER_ERROR,
              "An unexpected error occurred; quote the correlation id when reporting it.");
    }
    return createResponseEntity(
        problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()), request);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      if (problem.getInstance() == null) {
        problem.setInstance(java.net.URI.create(path(request)));
      }
      problem.setProperty(CorrelationIdFilter.MDC_KEY, correlationId(request));
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  private static String path(WebRequest request) {
    HttpServletRequest servlet =
        ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    return servlet == null ? "" : ProblemWriter.path(servlet);
  }

  private static String correlationId(WebRequest request) {
    HttpServletRequest servlet =
        ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    return servlet == null ? "" : CorrelationIdFilter.of(servlet);
  }
}
