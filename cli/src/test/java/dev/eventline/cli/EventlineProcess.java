package dev.eventline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code eventline} run as its own JVM, the way the {@code ./eventline} script runs it. */
final class EventlineProcess implements AutoCloseable {
  private final Process process;
  private final StringBuffer output = new StringBuffer();

  private EventlineProcess(Process process) {
    this.process = process;
    Thread reader = new Thread(this::collectOutput, "eventline-output");
    reader.setDaemon(true);
    reader.start();
  }

  static EventlineProcess start(List<String> args) throws IOException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Eventline.class.getName()));
    command.addAll(args);
    return new EventlineProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** Waits until the output contains {@code text}; fails early if the process exits. */
  void awaitOutput(String text, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!output.toString().contains(text)) {
      if (!process.isAlive() && !output.toString().contains(text)) {
        TimeUnit.MILLISECONDS.sleep(200); // let the reader drain what is left
        throw new AssertionError("eventline exited with " + process.exitValue() + ":\n" + output);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no '" + text + "' within " + limit + ":\n" + output);
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
  }

  /** Waits for the process to exit and returns its exit code. */
  int awaitExit(Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("eventline still runs after " + limit + ":\n" + output);
    }
    return process.exitValue();
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  String output() {
    return output.toString();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private void collectOutput() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        output.append(line).append('\n');
      }
    } catch (IOException e) {
      output.append("(output lost: ").append(e).append(")\n");
    }
  }
}
