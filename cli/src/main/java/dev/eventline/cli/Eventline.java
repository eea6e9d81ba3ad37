package dev.eventline.cli;

import dev.eventline.cli.client.ApiException;
import dev.eventline.devstack.DevstackException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eventline} command and its entry point. */
@Command(
    name = "eventline",
    mixinStandardHelpOptions = true,
    versionProvider = EventlineVersion.class,
    description = "Runs and operates the Eventline order system on this machine.",
    subcommands = {
      DemoCommand.class,
      BenchCommand.class,
      UpCommand.class,
      DownCommand.class,
      StatusCommand.class,
      TokenCommand.class,
      DlqCommand.class,
      SagasCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Eventline implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Initialise logging before Kafka and PostgreSQL start logging from several threads at once.
    org.slf4j.LoggerFactory.getLogger(Eventline.class);
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams and returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          // Failures the user can act on get one line; anything else is a bug: its stack trace.
          if (exception instanceof DevstackException
              || exception instanceof ApiException
              || exception instanceof UncheckedIOException) {
            failed.getErr().println("eventline: " + exception.getMessage());
            return ExitCode.FAILED;
          }
          throw exception;
        });
    return commandLine.execute(args);
  }

  /** The command line as {@link #execute} parses it, to parse without running in tests. */
  static CommandLine commandLine() {
    // --log-format=json as well as JSON; a bad value is refused with the valid ones listed.
    return new CommandLine(new Eventline()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
