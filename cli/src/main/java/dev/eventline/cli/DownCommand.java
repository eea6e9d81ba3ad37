package dev.eventline.cli;

import dev.eventline.devstack.RunningStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eventline down}: asks the running {@code up} to stop, and waits until all of it has. */
@Command(
    name = "down",
    mixinStandardHelpOptions = true,
    description = "Stops the Eventline started by './eventline up' (from another terminal).")
final class DownCommand implements Callable<Integer> {
  private static final long STOP_LIMIT_SECONDS = 90;

  @Spec CommandSpec spec;
  @Mixin DataDirectory dataDirectory;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path directory = dataDirectory.path();
    Optional<RunningStack> found = LiveStack.findOrSayNone(directory, out);
    if (found.isEmpty()) {
      return ExitCode.OK;
    }
    RunningStack stack = found.get();
    ProcessHandle owner = ProcessHandle.of(stack.ownerPid()).orElseThrow();
    out.printf("Stopping Eventline (pid %d)...%n", owner.pid());
    owner.destroy();
    try {
      owner.onExit().get(STOP_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      spec.commandLine()
          .getErr()
          .printf(
              "eventline: pid %d did not stop within %d s; stop it with 'kill -9 %d'%n",
              owner.pid(), STOP_LIMIT_SECONDS, owner.pid());
      return ExitCode.FAILED;
    }
    List<Long> left =
        stack.processPids().stream()
            .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
            .toList();
    if (!left.isEmpty()) {
      spec.commandLine().getErr().println("eventline: processes still running: " + left);
      return ExitCode.FAILED;
    }
    out.println("Eventline stopped.");
    return ExitCode.OK;
  }
}
