package dev.eventline.kit.web;

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
 * authenticated or read.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {
  private final long maxBytes;

  BodySizeLimitFilter(DataSize max) {
    this.maxBytes = max.toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
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
