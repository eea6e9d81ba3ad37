package dev.eventline.kit.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet error page as problem+json, replacing Spring Boot's {@code /error}: it answers for
 * failures outside Spring MVC (a filter that throws, a {@code sendError}). It shows the status
 * only; the servlet container has already logged any exception.
 */
@Controller
class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:${error.path:/error}}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    HttpStatus status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && HttpStatus.resolve(code) != null
            ? HttpStatus.valueOf(code)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    String detail =
        status.is5xxServerError()
            ? "An unexpected error occurred; quote the correlation id when reporting it."
            : status.getReasonPhrase() + ".";
    ProblemWriter.write(request, response, status, detail);
  }
}
