package dev.eventline.devstack;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the services report about themselves beyond their metrics (which {@code
 * /actuator/prometheus} always serves): the layout of their logs, and where they send their traces.
 *
 * @param logFormat text by default, JSON for a log pipeline
 * @param traces an OTLP/HTTP collector's base URI (the services post to {@code /v1/traces} under
 *     it, every trace sampled); none: no spans are exported
 */
public record Telemetry(LogFormat logFormat, Optional<URI> traces) {
  public static final Telemetry DEFAULT = new Telemetry(LogFormat.TEXT, Optional.empty());

  public Telemetry {
    Objects.requireNonNull(logFormat, "logFormat");
    Objects.requireNonNull(traces, "traces");
  }

  public Telemetry withLogFormat(LogFormat format) {
    return new Telemetry(format, traces);
  }

  /** Exports every span to the OTLP/HTTP collector at {@code collector}. */
  public Telemetry withTracesTo(URI collector) {
    return new Telemetry(logFormat, Optional.of(collector));
  }

  /** The Spring properties that say so to a service. */
  void addTo(Map<String, String> settings) {
    if (logFormat == LogFormat.JSON) {
      settings.put("logging.structured.format.console", "logstash");
    }
    traces.ifPresent(
        collector -> {
          settings.put(
              "management.opentelemetry.tracing.export.otlp.endpoint",
              collector.resolve("/v1/traces").toString());
          settings.put("management.tracing.sampling.probability", "1.0");
        });
  }
}
