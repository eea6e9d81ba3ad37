package dev.eventline.system;

import dev.eventline.cli.status.Scrape;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a service's {@code GET /actuator/prometheus} answered, in the Prometheus text format: {@code
 * # TYPE} lines naming the families, then one line per series, {@code name{labels} value}.
 */
record MetricsScrape(List<String> lines) {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** Scrapes the service at {@code baseUri}, as Prometheus does. */
  static MetricsScrape of(URI baseUri) {
    HttpRequest request =
        HttpRequest.newBuilder(baseUri.resolve("/actuator/prometheus"))
            .header("Accept", "text/plain;version=0.0.4")
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            request.uri() + " answered " + response.statusCode() + ": " + response.body());
      }
      return new MetricsScrape(response.body().lines().toList());
    } catch (IOException e) {
      throw new AssertionError("cannot scrape " + request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while scraping " + request.uri(), e);
    }
  }

  /**
   * The names of the series, as PromQL reads them: {@code eventline_saga_duration_seconds_bucket}.
   * The CLI's parser reads them, and fails on a line that is not in the exposition format.
   */
  Set<String> seriesNames() {
    return Scrape.parse(String.join("\n", lines)).names();
  }
}
