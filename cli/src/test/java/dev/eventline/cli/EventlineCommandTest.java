package dev.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventlineCommandTest {
  @TempDir Path directory;

  @Test
  void helpListsTheCommands() {
    Run run = Run.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("up ", "down ", "status ", "token ", "Usage: eventline");
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithAHint() {
    Run run = Run.of("frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Unmatched argument", "frobnicate");
  }

  @Test
  void statusSaysNotRunningWhenNothingRuns() {
    Run run = Run.of("status", "--data-dir", directory.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_RUNNING);
    assertThat(run.out()).contains("Eventline is not running");
  }

  @Test
  void downSucceedsWhenNothingRuns() {
    Run run = Run.of("down", "--data-dir", directory.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Eventline is not running");
  }

  @Test
  void upRefusesABrokerCountOtherThanOneOrThreeInOneLine() {
    Run run = Run.of("up", "--brokers", "2", "--data-dir", directory.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(run.err()).isEqualTo("eventline: --brokers must be 1 or 3, not 2\n");
  }

  /** One in-process run of the command line, with what it printed. */
  record Run(int exitCode, String out, String err) {
    static Run of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exitCode =
          Eventline.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Run(exitCode, out.toString(), err.toString());
    }
  }
}
