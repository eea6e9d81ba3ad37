package dev.eventline.kit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers 401 and 403 as problem+json, with the {@code WWW-Authenticate} header of RFC 6750. The
 * body says what is missing, never why a given token failed, and nothing here logs the token.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
  private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

  private final BearerTokenAuthenticationEntryPoint bearer =
      new BearerTokenAuthenticationEntryPoint();
  private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    // Messages of Spring's JWT exceptions name the failed check, not the token.
    log.debug(
        "401 for {} {}: {}",
        request.getMethod(),
        ProblemWriter.path(request),
        failure.getMessage());
    bearer.commence(request, response, failure);
    String detail =
        failure instanceof InvalidBearerTokenException
            ? "The bearer token is not valid."
            : "A valid bearer token is required.";
    ProblemWriter.write(request, response, HttpStatus.UNAUTHORIZED, detail);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denial)
      throws IOException {
    log.debug("403 for {} {}", request.getMethod(), ProblemWriter.path(request));
    denied.handle(request, response, denial);
    ProblemWriter.write(
        request, response, HttpStatus.FORBIDDEN, "The caller may not use this resource.");
  }
}
