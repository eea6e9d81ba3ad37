package dev.eventline.kit.web;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What every Eventline service reports, unless its own configuration says otherwise (these defaults
 * come last): Prometheus metrics at {@code /actuator/prometheus}, every meter tagged with the
 * service's name, and HTTP latency as a histogram so that percentiles aggregate across instances.
 * docs/metrics.md lists the meters.
 */
final class ObservabilityDefaults implements EnvironmentPostProcessor {
  static final Map<String, Object> DEFAULTS =
      Map.of(
          "management.endpoints.web.exposure.include", "health,prometheus",
          "management.metrics.tags.service", "${eventline.service:${spring.application.name:}}",
          "management.metrics.distribution.percentiles-histogram.http.server.requests", "true");

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    environment
        .getPropertySources()
        .addLast(new MapPropertySource("eventlineObservabilityDefaults", DEFAULTS));
  }
}
