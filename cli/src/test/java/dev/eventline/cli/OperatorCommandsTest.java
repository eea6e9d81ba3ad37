package dev.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.cli.EventlineCommandTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorCommandsTest {
  @TempDir Path directory;

  @Test
  void helpListsTheDemoAndTheOperatorsCommands() {
    Run run = Run.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("demo ", "dlq ", "sagas ");
  }

  @Test
  void demoHelpNamesEveryOption() {
    Run run = Run.of("demo", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: eventline demo", "--orders=N", "--users=U", "--concurrency=C")
        .contains("--seed=SEED", "--data-dir=DIR", "I1-I6");
  }

  @ParameterizedTest
  @CsvSource({
    "--orders, 0, '--orders must be 1 to 1000000, not 0'",
    "--users, 1, '--users must be 2 to 100000, not 1'",
    "--concurrency, 0, '--concurrency must be 1 to 1024, not 0'",
  })
  void demoRefusesOptionsOutOfRangeInOneLineBeforeStartingAnything(
      String option, String value, String message) {
    Run run = Run.of("demo", option, value, "--data-dir", directory.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).isEqualTo("eventline: " + message + "\n");
    assertThat(directory).isEmptyDirectory();
  }

  @Test
  void demoRefusesANumberThatIsNotOne() {
    Run run = Run.of("demo", "--orders", "many");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Invalid value for option '--orders'", "many");
  }

  @ParameterizedTest
  @CsvSource({"dlq list", "dlq replay payments.completed.dlq:0:1", "sagas list", "sagas retry"})
  void operatorCommandsSayWhenEventlineIsNotRunning(String command) {
    String[] words = command.split(" ");
    String[] args =
        command.equals("sagas retry")
            ? new String[] {"sagas", "retry", "0190d0c4-7e8e-7000-8000-000000000001"}
            : words;
    String[] withDirectory = new String[args.length + 2];
    System.arraycopy(args, 0, withDirectory, 0, args.length);
    withDirectory[args.length] = "--data-dir";
    withDirectory[args.length + 1] = directory.toString();

    Run run = Run.of(withDirectory);

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_RUNNING);
    assertThat(run.out()).startsWith("Eventline is not running");
  }

  @Test
  void dlqAndSagasWithoutASubcommandPrintTheirUsage() {
    assertThat(Run.of("dlq").out()).contains("Usage: eventline dlq", "list", "replay");
    assertThat(Run.of("sagas").out()).contains("Usage: eventline sagas", "list", "show", "retry");
  }

  @Test
  void sagasListRefusesAnAgeThatIsNotANumberAndAUnit() {
    Run run = Run.of("sagas", "list", "--older-than", "ten", "--data-dir", directory.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "eventline: --older-than: an age is a number and a unit, s, m, h or d (like 10m),"
                + " not 'ten'\n");
  }

  @Test
  void sagasListRefusesAnUnknownState() {
    Run run = Run.of("sagas", "list", "--state", "STUCK");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--state", "STUCK", "RUNNING", "COMPENSATION_FAILED");
  }

  @Test
  void sagasShowRefusesAnIdThatIsNotAUuid() {
    Run run = Run.of("sagas", "show", "order-7");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("order-7");
  }
}
