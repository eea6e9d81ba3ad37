package dev.eventline.cli;

import dev.eventline.cli.status.Screen;
import dev.eventline.cli.status.StatusFigures;
import dev.eventline.cli.status.StatusFrame;
import dev.eventline.devstack.RunningStack;
import dev.eventline.devstack.ServiceEndpoints;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventline status}: what runs, whether each part answers, and how far behind it is:
 * consumer lag, outbox backlog, sagas in flight and stuck, dead letters.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Shows whether Eventline runs and whether Kafka, PostgreSQL and each service answer, with"
          + " consumer lag and dead letters (read from Kafka), and each service's outbox backlog"
          + " and sagas in flight and stuck (from its /actuator/prometheus).",
      "Exit code: 0 all up, 1 something does not answer, 3 not running."
    })
final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataDirectory dataDirectory;

  @Option(
      names = "--watch",
      arity = "0..1",
      fallbackValue = "2",
      paramLabel = "SECONDS",
      description = "Redraw every SECONDS (default 2) until Ctrl-C.")
  Integer watch;

  /** One frame's text, and the exit code it stands for. */
  private record Frame(String text, int exitCode) {}

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (watch == null) {
      Frame frame = frame(dataDirectory.path());
      out.print(frame.text());
      out.flush();
      return frame.exitCode();
    }
    if (watch < 1) {
      spec.commandLine().getErr().println("eventline: --watch must be 1 second or more");
      return ExitCode.USAGE;
    }
    Screen screen = new Screen(out, Terminal.attached());
    while (true) {
      screen.show(frame(dataDirectory.path()).text());
      TimeUnit.SECONDS.sleep(watch);
    }
  }

  private static Frame frame(Path directory) throws InterruptedException {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    Optional<RunningStack> found = LiveStack.findOrSayNone(directory, out);
    if (found.isEmpty()) {
      out.flush();
      return new Frame(text.toString(), ExitCode.NOT_RUNNING);
    }
    RunningStack stack = found.get();
    CompletableFuture<StackProbe> probing =
        CompletableFuture.supplyAsync(() -> StackProbe.of(stack), Thread::startVirtualThread);
    StatusFigures figures =
        StatusFigures.read(ServiceEndpoints.read(directory), stack.kafkaClientProperties());
    StackProbe probe = probing.join();
    boolean allUp = probe.allUp() && figures.servicesUp();
    Duration up = Duration.between(stack.startedAt(), Instant.now());
    out.printf(
        "Eventline is %s (pid %d, up %s, data in %s)%n%n",
        allUp ? "running" : "DEGRADED", stack.ownerPid(), format(up), directory);
    StackReport.print(stack, directory, out, probe);
    out.println();
    out.print(StatusFrame.render(figures));
    out.flush();
    return new Frame(text.toString(), allUp ? ExitCode.OK : ExitCode.FAILED);
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
