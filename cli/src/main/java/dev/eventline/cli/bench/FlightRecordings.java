package dev.eventline.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JDK Flight Recordings of the service JVMs while the load runs, started and dumped with the JDK's
 * own {@code jcmd}, so the services need no option to be profiled.
 */
final class FlightRecordings {
  private static final String NAME = "eventline-bench";
  private static final Duration COMMAND_LIMIT = Duration.ofSeconds(30);

  private final Map<String, Long> pids;
  private final Path directory;

  private FlightRecordings(Map<String, Long> pids, Path directory) {
    this.pids = new LinkedHashMap<>(pids);
    this.directory = directory;
  }

  /** Starts a recording in each JVM (name to pid). */
  static FlightRecordings start(Map<String, Long> pids, Path directory) throws IOException {
    Files.createDirectories(directory);
    for (long pid : pids.values()) {
      jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile");
    }
    return new FlightRecordings(pids, directory);
  }

  /** Stops every recording and returns the files, by JVM name. */
  Map<String, Path> stop() throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    for (var jvm : pids.entrySet()) {
      Path file = directory.resolve(jvm.getKey() + ".jfr");
      jcmd(jvm.getValue(), "JFR.stop", "name=" + NAME, "filename=" + file.toAbsolutePath());
      files.put(jvm.getKey(), file);
    }
    return files;
  }

  private static void jcmd(long pid, String... command) throws IOException {
    List<String> line = new ArrayList<>();
    line.add(jcmdExecutable().toString());
    line.add(Long.toString(pid));
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(COMMAND_LIMIT.toMillis(), TimeUnit.MILLISECONDS)
          || process.exitValue() != 0) {
        throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output.strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running jcmd", e);
    }
  }

  /** The jcmd beside the java running this JVM (the services run on the same JDK). */
  private static Path jcmdExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "jcmd");
  }
}
