package dev.eventline.kit.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to the servlet response, for the places that answer before
 * Spring MVC does: security's 401 and 403, the body-size limit, and the error page.
 */
final class ProblemWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemWriter() {}

  static void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", path(request));
    problem.put(CorrelationIdFilter.MDC_KEY, CorrelationIdFilter.of(request));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    response.flushBuffer();
  }

  /** The path the caller asked for, without its query string, which may hold secrets. */
  static String path(HttpServletRequest request) {
    return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
        ? original
        : request.getRequestURI();
  }
}
