package dev.eventline.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Accept} header is not a list of media types with a 400 problem,
 * before anything is done for it. Spring MVC would fail to negotiate every answer to it, the
 * problem it then writes included, and send a 406 or 400 with no body at all.
 */
final class AcceptHeaderFilter extends OncePerRequestFilter {
  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      // As Spring's HeaderContentNegotiationStrategy reads it.
      MimeTypeUtils.sortBySpecificity(
          MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT))));
    } catch (IllegalArgumentException unreadable) {
      ProblemWriter.write(
          request,
          response,
          HttpStatus.BAD_REQUEST,
          "The Accept header is not a list of media types.");
      return;
    }
    chain.doFilter(request, response);
  }
}
