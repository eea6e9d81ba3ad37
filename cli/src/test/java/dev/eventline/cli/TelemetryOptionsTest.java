package dev.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.cli.EventlineCommandTest.Run;
import dev.eventline.devstack.LogFormat;
import dev.eventline.devstack.Telemetry;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --log-format} and {@code --traces-to} of {@code up} and {@code demo}, parsed without
 * starting anything.
 */
class TelemetryOptionsTest {
  @TempDir Path directory;

  @Test
  void upWritesTextLogsUnlessToldOtherwise() {
    UpCommand up = parsed(UpCommand.class, "up");

    assertThat(up.telemetry.telemetry()).isEqualTo(Telemetry.DEFAULT);
  }

  @Test
  void upTakesJsonForStructuredLogs() {
    UpCommand up = parsed(UpCommand.class, "up", "--log-format=json");

    assertThat(up.telemetry.telemetry().logFormat()).isEqualTo(LogFormat.JSON);
  }

  @Test
  void demoTakesTheLogFormatInAnyCase() {
    DemoCommand demo = parsed(DemoCommand.class, "demo", "--log-format", "JSON");

    assertThat(demo.telemetry.telemetry().logFormat()).isEqualTo(LogFormat.JSON);
  }

  @Test
  void upSendsEverySpanToTheCollectorItIsGiven() {
    UpCommand up = parsed(UpCommand.class, "up", "--traces-to=http://localhost:4318");

    assertThat(up.telemetry.telemetry().traces()).contains(URI.create("http://localhost:4318"));
    assertThat(parsed(UpCommand.class, "up").telemetry.telemetry().traces()).isEmpty();
  }

  @Test
  void aLogFormatOtherThanTextOrJsonIsAUsageErrorListingTheValidOnes() {
    Run run = Run.of("up", "--log-format=xml", "--data-dir", directory.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("Invalid value for option '--log-format'", "'xml'")
        .containsIgnoringCase("text")
        .containsIgnoringCase("json");
    assertThat(run.out()).doesNotContain("Starting");
  }

  private static <T> T parsed(Class<T> command, String... args) {
    return command.cast(
        Eventline.commandLine().parseArgs(args).subcommand().commandSpec().userObject());
  }
}
