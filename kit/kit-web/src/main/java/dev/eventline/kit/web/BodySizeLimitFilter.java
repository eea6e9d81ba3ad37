package dev.eventline.kit.web;

import dev.eventline.kit.audit.AuditAction;
import dev.eventline.kit.audit.AuditOutcome;
import dev.eventline.kit.audit.AuditRecord;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared {@code Content-Length} is over the limit with 413, before it is
 * authenticated or read, and records the refusal ({@code REQUEST_REFUSED}, by {@code anonymous}:
 * nobody is authenticated yet).
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {
  private final long maxBytes;
  private final RequestAudit audit;

  BodySizeLimitFilter(DataSize max, RequestAudit audit) {
    this.maxBytes = max.toBytes();
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      audit.record(
          request,
          AuditRecord.ANONYMOUS,
          AuditAction.REQUEST_REFUSED,
          AuditOutcome.DENIED,
          "a declared body of " + declared + " bytes is over the limit of " + maxBytes);
      ProblemWriter.write(
          request,
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          "The request body is larger than " + maxBytes + " bytes.");
      return;
    }
    chain.doFilter(request, response);
  }
}
