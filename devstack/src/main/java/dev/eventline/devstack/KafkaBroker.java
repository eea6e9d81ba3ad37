package dev.eventline.devstack;

import dev.eventline.devstack.internal.BrokerMain;
import dev.eventline.devstack.internal.ChildJvm;
import dev.eventline.devstack.internal.ProcessTree;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One Kafka node (broker and KRaft controller) running in a child JVM. Fault tests {@link #kill()}
 * and {@link #start()} it again; its ports stay the same across restarts.
 */
public final class KafkaBroker {
  private static final List<String> JVM_OPTIONS =
      List.of(
          "-Xms256m",
          "-Xmx1g",
          "-XX:+ExitOnOutOfMemoryError",
          "-Djava.awt.headless=true",
          "-Dlogback.configurationFile=dev/eventline/devstack/broker-logback.xml");

  private final int nodeId;
  private final int port;
  private final int controllerPort;
  private final Path directory;
  private final String clusterId;
  private volatile Process process;
  private volatile OutputStream parentPipe;
  private volatile long logLinesBeforeStart;

  KafkaBroker(int nodeId, int port, int controllerPort, Path directory, String clusterId) {
    this.nodeId = nodeId;
    this.port = port;
    this.controllerPort = controllerPort;
    this.directory = directory;
    this.clusterId = clusterId;
  }

  public int nodeId() {
    return nodeId;
  }

  /** The client address, {@code 127.0.0.1:port}. */
  public String address() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  int controllerPort() {
    return controllerPort;
  }

  Path directory() {
    return directory;
  }

  /** The broker's log file: what it printed, across restarts. */
  public Path logFile() {
    return directory.resolve("broker.log");
  }

  /** The exit status of the broker's last run, or -1 while it runs or before it ran. */
  public int exitStatus() {
    Process current = process;
    return current == null || current.isAlive() ? -1 : current.exitValue();
  }

  /** How many lines the log had when the current run started; its own lines follow. */
  long logLinesBeforeStart() {
    return logLinesBeforeStart;
  }

  public boolean isRunning() {
    Process current = process;
    return current != null && current.isAlive();
  }

  /** The broker's process, when it runs. */
  public Optional<ProcessHandle> process() {
    Process current = process;
    return current == null || !current.isAlive()
        ? Optional.empty()
        : Optional.of(current.toHandle());
  }

  /** Starts the broker's JVM; {@link KafkaCluster#awaitReady} waits until it serves. */
  public synchronized void start() {
    if (isRunning()) {
      throw new IllegalStateException("broker " + nodeId + " is already running");
    }
    ProcessBuilder builder =
        ChildJvm.builder(
            JVM_OPTIONS,
            BrokerMain.class,
            List.of(directory.resolve("server.properties").toString(), clusterId));
    try {
      logLinesBeforeStart = countLines(logFile());
      process =
          builder
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
              .start();
    } catch (IOException e) {
      throw new DevstackException(
          "cannot start Kafka broker " + nodeId + " (" + ChildJvm.java() + "): " + e.getMessage(),
          e);
    }
    // Held open and never written: the broker stops when this pipe closes (see BrokerMain).
    parentPipe = process.getOutputStream();
  }

  /** Stops the broker cleanly (SIGTERM), forcing it after {@code grace}. */
  public synchronized void stop(Duration grace) {
    Process current = process;
    if (current != null) {
      ProcessTree.stop(current.toHandle(), grace);
      closePipe();
    }
  }

  /** Kills the broker at once (SIGKILL), as a crash would, and waits until it is gone. */
  public synchronized void kill() {
    Process current = process;
    if (current != null && current.isAlive()) {
      current.destroyForcibly();
      // Process.waitFor, not the handle's onExit: the handle can report the exit a moment before
      // the Process does, and start() asks the Process (isAlive) whether the broker still runs.
      try {
        current.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      closePipe();
    }
  }

  private static long countLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    try (var lines = Files.lines(file)) {
      return lines.count();
    }
  }

  private void closePipe() {
    try {
      if (parentPipe != null) {
        parentPipe.close();
      }
    } catch (IOException e) {
      // The broker is gone; nothing is left to tell it.
    }
  }

  @Override
  public String toString() {
    return "KafkaBroker[" + nodeId + " at " + address() + "]";
  }
}
