package dev.eventline.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-ID} when it is 1 to 64 of
 * {@code A-Z a-z 0-9 . _ -}, a new UUID otherwise. The id is echoed on the response before anything
 * else runs, so 401s, 413s and error pages carry it too, and sits in the MDC as {@code
 * correlationId} while the request is handled.
 */
public final class CorrelationIdFilter extends OncePerRequestFilter {
  /** The request and response header. */
  public static final String HEADER = "X-Correlation-ID";

  /** The MDC key, and the name of the request attribute that holds the id. */
  public static final String MDC_KEY = "correlationId";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** The correlation id of {@code request}, once this filter has seen it. */
  static String of(HttpServletRequest request) {
    return request.getAttribute(MDC_KEY) instanceof String id ? id : "";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = of(request);
    if (id.isEmpty()) {
      id = accepted(request.getHeader(HEADER));
      request.setAttribute(MDC_KEY, id);
    }
    response.setHeader(HEADER, id);
    MDC.put(MDC_KEY, id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(MDC_KEY);
    }
  }

  private static String accepted(String given) {
    // A malformed id is replaced, never echoed: it could be a header-injection or log-forging try.
    return given != null && WELL_FORMED.matcher(given).matches()
        ? given
        : UUID.randomUUID().toString();
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false; // the error page runs after this filter returned: put the id back in the MDC
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }
}
