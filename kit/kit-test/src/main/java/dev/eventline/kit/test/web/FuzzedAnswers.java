package dev.eventline.kit.test.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a service may answer to a fuzzed request: never a 5xx; a refusal is an RFC 9457 problem
 * whose {@code status} is the answer's; a success is one of the endpoint's, and only for a body
 * without a field the endpoint does not take.
 */
public final class FuzzedAnswers {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FuzzedAnswers() {}

  /**
   * Asserts that {@code answer} is one the service may give to {@code fuzzed}.
   *
   * @param successes the endpoint's 2xx statuses, e.g. {@code 202}
   * @param unknownField whether a body has a field the endpoint does not take
   */
  public static void assertAcceptable(
      FuzzedRequest fuzzed,
      HttpResponse<String> answer,
      Set<Integer> successes,
      Predicate<byte[]> unknownField) {
    String exchange = fuzzed + "\n\nanswered " + answer.statusCode() + " " + answer.body();
    assertThat(answer.statusCode()).as(exchange).isLessThan(500);
    if (refusedByTomcat(answer)) {
      return;
    }
    if (answer.statusCode() >= 400) {
      assertThat(answer.headers().firstValue("Content-Type"))
          .as(exchange)
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(JSON.readTree(answer.body()).path("status").asInt())
          .as(exchange)
          .isEqualTo(answer.statusCode());
    } else {
      assertThat(answer.statusCode()).as(exchange).isIn(successes);
      assertThat(unknownField.test(fuzzed.body()))
          .as("accepted a field it does not take: %s", exchange)
          .isFalse();
    }
  }

  /**
   * Whether {@code host} is this machine, where a service under test and its database and broker
   * run: Jazzer's bug detectors take any other connection for a server-side request forgery.
   */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Tomcat's own HTML 400 for a request it keeps from the application (more headers than its limit,
   * 8 KB): the service never saw it. Every answer of the service has a correlation id.
   */
  private static boolean refusedByTomcat(HttpResponse<String> answer) {
    return answer.statusCode() == 400
        && answer.headers().firstValue("X-Correlation-ID").isEmpty()
        && answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
  }
}
