package dev.eventline.devstack.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Stopping processes the way a careful operator would: ask first, then insist. */
public final class ProcessTree {
  private ProcessTree() {}

  /** A process and all of its descendants, alive at the time of the call. */
  public static List<ProcessHandle> withDescendants(ProcessHandle process) {
    List<ProcessHandle> all = new ArrayList<>();
    all.add(process);
    process.descendants().forEach(all::add);
    return all;
  }

  /** Sends SIGTERM, waits up to {@code grace}, then SIGKILL; returns when the process is gone. */
  public static void stop(ProcessHandle process, Duration grace) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!awaitExit(process, grace)) {
      process.destroyForcibly();
      awaitExit(process, Duration.ofSeconds(10));
    }
  }

  /**
   * Sends SIGTERM to every process at once, then waits up to {@code grace} for them all and kills
   * (SIGKILL) those still running; returns when all are gone.
   */
  public static void stopAll(List<ProcessHandle> processes, Duration grace) {
    processes.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle process : processes) {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      if (!awaitExit(process, left)) {
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(10));
      }
    }
  }

  /** Waits for the process to exit; true when it did within {@code limit}. */
  public static boolean awaitExit(ProcessHandle process, Duration limit) {
    try {
      process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  /** The live process with this pid, if any. */
  public static Optional<ProcessHandle> alive(long pid) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
  }
}
