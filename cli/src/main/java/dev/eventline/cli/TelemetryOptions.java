package dev.eventline.cli;

import dev.eventline.devstack.LogFormat;
import dev.eventline.devstack.Telemetry;
import java.net.URI;
import picocli.CommandLine.Option;

/**
 * The options of the commands that start the services about what those report beyond their metrics:
 * readable lines in their logs by default, one JSON object per line for a log pipeline; and, when
 * asked, every span sent to an OpenTelemetry collector.
 */
final class TelemetryOptions {
  // Picocli converts the enum (ignoring case, see Eventline) and lists the valid values when the
  // given one is none of them.
  @Option(
      names = "--log-format",
      paramLabel = "text|json",
      description =
          "How the services write logs/<module>.log in the data directory: text (default), or"
              + " json, one object per line with service, correlationId, traceId, spanId, sagaId.")
  LogFormat format = LogFormat.TEXT;

  @Option(
      names = "--traces-to",
      paramLabel = "URL",
      description =
          "An OTLP/HTTP collector (Jaeger, Grafana Tempo, the OpenTelemetry Collector), e.g."
              + " http://localhost:4318: every span of every service is sent to URL/v1/traces.")
  URI traces;

  Telemetry telemetry() {
    Telemetry telemetry = Telemetry.DEFAULT.withLogFormat(format);
    return traces == null ? telemetry : telemetry.withTracesTo(traces);
  }
}
