package dev.eventline.cli;

import dev.eventline.devstack.LogFormat;
import dev.eventline.devstack.Telemetry;
import picocli.CommandLine.Option;

/**
 * The {@code --log-format} option of the commands that start the services: readable lines in their
 * logs by default, one JSON object per line for a log pipeline.
 */
final class LogFormatOption {
  // Picocli converts the enum (ignoring case, see Eventline) and lists the valid values when the
  // given one is none of them.
  @Option(
      names = "--log-format",
      paramLabel = "text|json",
      description =
          "How the services write logs/<module>.log in the data directory: text (default), or"
              + " json, one object per line with service, correlationId, traceId, spanId, sagaId.")
  LogFormat format = LogFormat.TEXT;

  Telemetry telemetry() {
    return Telemetry.DEFAULT.withLogFormat(format);
  }
}
