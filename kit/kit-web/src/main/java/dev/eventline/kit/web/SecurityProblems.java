package dev.eventline.kit.web;

import dev.eventline.kit.audit.AuditAction;
import dev.eventline.kit.audit.AuditOutcome;
import dev.eventline.kit.audit.AuditRecord;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers 401 and 403 as problem+json, with the {@code WWW-Authenticate} header of RFC 6750, and
 * records each in the audit log: a 401 as {@code AUTHENTICATION DENIED} by {@code anonymous} with
 * the failed check, a 403 as {@code AUTHORIZATION DENIED} by the token's {@code sub}. The body says
 * what is missing, never why a given token failed, and nothing here logs or records the token.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {
  private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);

  private final BearerTokenAuthenticationEntryPoint bearer =
      new BearerTokenAuthenticationEntryPoint();
  private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
  private final RequestAudit audit;

  SecurityProblems(RequestAudit audit) {
    this.audit = audit;
  }

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
    audit.record(
        request,
        AuditRecord.ANONYMOUS,
        AuditAction.AUTHENTICATION,
        AuditOutcome.DENIED,
        reason(failure));
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
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    audit.record(
        request,
        caller != null ? caller.getName() : AuditRecord.ANONYMOUS,
        AuditAction.AUTHORIZATION,
        AuditOutcome.DENIED,
        "the caller's roles " + roles(caller) + " do not allow this route");
    denied.handle(request, response, denial);
    ProblemWriter.write(
        request, response, HttpStatus.FORBIDDEN, "The caller may not use this resource.");
  }

  private static String reason(AuthenticationException failure) {
    return switch (failure) {
      case InvalidBearerTokenException invalid -> "invalid bearer token: " + invalid.getMessage();
      case InsufficientAuthenticationException missing -> "no bearer token";
      case AuthenticationCredentialsNotFoundException missing -> "no bearer token";
      default -> failure.getClass().getSimpleName() + ": " + failure.getMessage();
    };
  }

  private static TreeSet<String> roles(Authentication caller) {
    TreeSet<String> roles = new TreeSet<>();
    if (caller != null) {
      for (GrantedAuthority authority : caller.getAuthorities()) {
        String name = authority.getAuthority();
        if (name != null && name.startsWith("ROLE_")) {
          roles.add(name.substring("ROLE_".length()));
        }
      }
    }
    return roles;
  }
}
