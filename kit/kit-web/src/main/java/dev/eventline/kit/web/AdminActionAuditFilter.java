package dev.eventline.kit.web;

import dev.eventline.kit.audit.AuditAction;
import dev.eventline.kit.audit.AuditOutcome;
import dev.eventline.kit.audit.AuditRecord;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request to {@code /api/admin/**} that got past security, once it is answered: who
 * (the token's {@code sub}), what (method and path), and whether it succeeded (a 2xx or 3xx) or
 * failed. It runs after Spring Security's filters, so refused requests never reach it: {@link
 * SecurityProblems} records those. The path is matched the way the authorization rule matches it.
 */
final class AdminActionAuditFilter extends OncePerRequestFilter {
  static final String ADMIN_PATHS = "/api/admin/**";
  private static final RequestMatcher ADMIN = PathPatternRequestMatcher.pathPattern(ADMIN_PATHS);

  private final RequestAudit audit;

  AdminActionAuditFilter(RequestAudit audit) {
    this.audit = audit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !ADMIN.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Principal caller = request.getUserPrincipal();
    String actor = caller != null ? caller.getName() : AuditRecord.ANONYMOUS;
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      audit.record(
          request,
          actor,
          AuditAction.ADMIN_ACTION,
          AuditOutcome.FAILED,
          "failed with " + e.getClass().getSimpleName());
      throw e;
    }
    int status = response.getStatus();
    HttpStatus known = HttpStatus.resolve(status);
    audit.record(
        request,
        actor,
        AuditAction.ADMIN_ACTION,
        status < 400 ? AuditOutcome.SUCCEEDED : AuditOutcome.FAILED,
        "answered " + status + (known != null ? " " + known.getReasonPhrase() : ""));
  }
}
