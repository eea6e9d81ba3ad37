package dev.eventline.cli.status;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A service's Spring Boot actuator: its health, and its metrics in Prometheus text. */
final class Actuator {
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** The text format this parser reads, rather than OpenMetrics. */
  private static final String PROMETHEUS_TEXT = "text/plain;version=0.0.4;q=1,*/*;q=0.1";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http;

  Actuator(HttpClient http) {
    this.http = http;
  }

  ServiceFigures read(String service, URI base) throws InterruptedException {
    return new ServiceFigures(service, health(base), metrics(base));
  }

  ServiceHealth health(URI base) throws InterruptedException {
    HttpResponse<String> response;
    try {
      response = get(base.resolve("/actuator/health"), "application/json");
    } catch (IOException e) {
      return new ServiceHealth.Unanswered(describe(e));
    }
    try {
      // Spring Boot answers 503 with {"status":"DOWN"}: a status all the same.
      String status = JSON.readTree(response.body()).path("status").asString("");
      return status.isEmpty()
          ? new ServiceHealth.Unanswered("HTTP " + response.statusCode() + " without a status")
          : new ServiceHealth.Reported(status);
    } catch (JacksonException e) {
      return new ServiceHealth.Unanswered("HTTP " + response.statusCode() + ", not JSON");
    }
  }

  ServiceMetrics metrics(URI base) throws InterruptedException {
    HttpResponse<String> response;
    try {
      response = get(base.resolve("/actuator/prometheus"), PROMETHEUS_TEXT);
    } catch (IOException e) {
      return new ServiceMetrics.Unscraped(describe(e));
    }
    if (response.statusCode() != 200) {
      return new ServiceMetrics.Unscraped(
          "/actuator/prometheus answered HTTP " + response.statusCode());
    }
    try {
      return new ServiceMetrics.Scraped(Scrape.parse(response.body()));
    } catch (IllegalArgumentException e) {
      return new ServiceMetrics.Unscraped("/actuator/prometheus unreadable: " + e.getMessage());
    }
  }

  private HttpResponse<String> get(URI uri, String accept)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String describe(IOException e) {
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + TIMEOUT.toSeconds() + " s";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
