package dev.eventline.cli.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time spent by named groups of processes between two readings (a service's JVM; the postmaster
 * and its backends; the Kafka broker; this JVM, which runs the load). Processes that ended between
 * the readings are not counted: the pools keep their connections, so a database backend lives as
 * long as the run.
 */
final class CpuMeter {
  private final Map<String, Supplier<List<ProcessHandle>>> groups;

  CpuMeter(Map<String, Supplier<List<ProcessHandle>>> groups) {
    this.groups = new LinkedHashMap<>(groups);
  }

  /** CPU time used so far by every process of each group, per process id. */
  Reading read() {
    Map<String, Map<Long, Duration>> byGroup = new LinkedHashMap<>();
    groups.forEach(
        (name, processes) -> {
          Map<Long, Duration> used = new LinkedHashMap<>();
          for (ProcessHandle process : processes.get()) {
            process.info().totalCpuDuration().ifPresent(cpu -> used.put(process.pid(), cpu));
          }
          byGroup.put(name, used);
        });
    return new Reading(byGroup);
  }

  /** One reading of every group. */
  record Reading(Map<String, Map<Long, Duration>> byGroup) {
    /** The CPU time each group used from {@code earlier} to this reading. */
    Map<String, Duration> since(Reading earlier) {
      Map<String, Duration> used = new LinkedHashMap<>();
      byGroup.forEach(
          (group, now) -> {
            Map<Long, Duration> before = earlier.byGroup().getOrDefault(group, Map.of());
            Duration sum = Duration.ZERO;
            for (var process : now.entrySet()) {
              sum =
                  sum.plus(
                      process
                          .getValue()
                          .minus(before.getOrDefault(process.getKey(), Duration.ZERO)));
            }
            used.put(group, sum);
          });
      return used;
    }
  }
}
