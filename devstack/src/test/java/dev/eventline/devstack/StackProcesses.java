package dev.eventline.devstack;

import java.nio.file.Path;
import java.util.List;

/** Finds the processes of a devstack on this machine by the directory their command lines name. */
final class StackProcesses {
  private StackProcesses() {}

  /**
   * Every live process whose command line names a path under {@code directory}: the brokers (their
   * {@code server.properties}) and the postmaster (its {@code -D} data directory).
   */
  static List<ProcessHandle> runningFrom(Path directory) {
    String path = directory.toAbsolutePath().normalize().toString();
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(process -> process.info().commandLine().orElse("").contains(path))
        .toList();
  }
}
