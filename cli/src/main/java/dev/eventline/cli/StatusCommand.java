package dev.eventline.cli;

import dev.eventline.devstack.RunningStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eventline status}: what runs, and whether each part answers. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Shows whether Eventline runs and whether Kafka and PostgreSQL answer.",
      "Exit code: 0 all up, 1 something does not answer, 3 not running."
    })
final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirectory dataDirectory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path directory = dataDirectory.path();
    Optional<RunningStack> found = LiveStack.findOrSayNone(directory, out);
    if (found.isEmpty()) {
      return ExitCode.NOT_RUNNING;
    }
    RunningStack stack = found.get();
    StackProbe probe = StackProbe.of(stack);
    Duration up = Duration.between(stack.startedAt(), Instant.now());
    out.printf(
        "Eventline is %s (pid %d, up %s, data in %s)%n%n",
        probe.allUp() ? "running" : "DEGRADED", stack.ownerPid(), format(up), directory);
    StackReport.print(stack, directory, out, probe);
    return probe.allUp() ? ExitCode.OK : ExitCode.FAILED;
  }

  private static String format(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds < 60
        ? seconds + "s"
        : seconds < 3600
            ? seconds / 60 + "m " + seconds % 60 + "s"
            : seconds / 3600 + "h " + seconds % 3600 / 60 + "m";
  }
}
