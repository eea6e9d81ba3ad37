package dev.eventline.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

/** Failures inside the gateway become problems; a 500 says nothing about its cause. */
class ProblemExceptionHandlerTest {
  private final ProblemExceptionHandler handler = new ProblemExceptionHandler();

  @Test
  void answersBadGatewayWhenTheServiceCannotBeReached() {
    MockServerWebExchange exchange = handle(new ConnectException("Connection refused"));

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
    assertThat(exchange.getResponse().getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(exchange.getResponse().getBodyAsString().block())
        .contains("\"status\":502")
        .contains("\"instance\":\"/api/wallet\"")
        .contains("\"correlationId\":\"c-1\"");
  }

  @Test
  void answersGatewayTimeoutWhenTheServiceIsTooSlow() {
    assertThat(handle(new TimeoutException()).getResponse().getStatusCode())
        .isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
  }

  @Test
  void keepsTheStatusAndReasonOfAResponseStatusException() {
    MockServerWebExchange exchange =
        handle(new ResponseStatusException(HttpStatus.BAD_REQUEST, "An order id is a UUID."));

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exchange.getResponse().getBodyAsString().block())
        .contains("\"detail\":\"An order id is a UUID.\"");
  }

  @Test
  void hidesTheCauseOfAnInternalError() {
    MockServerWebExchange exchange = handle(new IllegalStateException("secret table name"));

    assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(exchange.getResponse().getBodyAsString().block()).doesNotContain("secret");
  }

  private MockServerWebExchange handle(Throwable failure) {
    MockServerWebExchange exchange =
        MockServerWebExchange.from(MockServerHttpRequest.get("/api/wallet?token=x"));
    exchange.getAttributes().put(CorrelationIdFilter.ATTRIBUTE, "c-1");
    handler.handle(exchange, failure).block();
    return exchange;
  }
}
