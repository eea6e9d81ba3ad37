package dev.eventline.cli;

import dev.eventline.bench.jmh.Budget;
import dev.eventline.cli.bench.BenchFiles;
import dev.eventline.cli.bench.BenchReport;
import dev.eventline.cli.bench.BenchRun;
import dev.eventline.cli.bench.Ramp;
import dev.eventline.cli.bench.Target;
import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.devstack.DevstackOptions;
import dev.eventline.devstack.GatewayOptions;
import dev.eventline.devstack.Telemetry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eventline bench}: the whole system under an open-model load, ramped to its maximum
 * sustainable throughput, with every durability setting on.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the highest order rate the whole system sustains, with every durability setting on.",
      "Starts Kafka, PostgreSQL (fsync, synchronous_commit on) and every service (signatures and"
          + " tokens checked), then places orders through the HTTP API at fixed arrival rates,"
          + " raising the rate until sagas stop keeping up: the maximum sustainable throughput"
          + " (MST) is the highest rate with no failure, no backlog and saga p99 under 1 s.",
      "Exit code: 0 when the run completed, 1 otherwise, 2 for bad options."
    })
final class BenchCommand implements Callable<Integer> {
  /**
   * The bench measures the order system through its gateway, tokens checked there and again in each
   * service, but not the rate limit: its users send far more than a person would.
   */
  private static final GatewayOptions UNLIMITED_USERS =
      GatewayOptions.DEFAULT.withRateLimit(1_000_000, 1_000_000);

  @Spec CommandSpec spec;
  @Mixin DataDirectory dataDirectory;

  @Option(
      names = "--start",
      paramLabel = "RATE",
      defaultValue = "10",
      description = "The first rate, orders per second (default 10).")
  double start;

  @Option(
      names = "--factor",
      paramLabel = "X",
      defaultValue = "1.5",
      description = "How much each step raises the rate (default 1.5).")
  double factor;

  @Option(
      names = "--max-rate",
      paramLabel = "RATE",
      defaultValue = "2000",
      description = "The highest rate tried (default 2000).")
  double maxRate;

  @Option(
      names = "--hold",
      paramLabel = "SECONDS",
      defaultValue = "15",
      description = "How long each rate is held, in seconds (default 15).")
  int holdSeconds;

  @Option(
      names = "--no-baselines",
      description = "Skip the database's ceiling and the naive relay baseline.")
  boolean noBaselines;

  @Option(names = "--no-jmh", description = "Skip the JMH suite of the hot paths.")
  boolean noJmh;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description = "Where the markdown and JSON reports go (default: docs/benchmarks).")
  Path reportDirectory;

  @Override
  public Integer call() throws Exception {
    if (!(start > 0) || !(factor > 1) || maxRate < start || holdSeconds < 1) {
      spec.commandLine()
          .getErr()
          .println(
              "eventline: bench needs --start > 0, --factor > 1, --max-rate >= --start"
                  + " and --hold >= 1");
      return ExitCode.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    Ramp ramp = new Ramp(start, factor, maxRate, Duration.ofSeconds(holdSeconds));
    Path reports =
        reportDirectory != null
            ? reportDirectory
            : LaunchedSystem.home().resolve("docs").resolve("benchmarks");
    BenchReport report;
    try (LaunchedSystem system =
        LaunchedSystem.start(
            DevstackOptions.in(dataDirectory.path()), Telemetry.DEFAULT, UNLIMITED_USERS, out)) {
      OrderSystemClient client = system.client("bench");
      BenchRun.Extras extras =
          new BenchRun.Extras(
              !noBaselines,
              noJmh ? Optional.empty() : Optional.of(Budget.QUICK),
              dataDirectory.path().resolve("recordings"));
      report = new BenchRun(system.stack(), system.services(), client, out).run(ramp, extras);
      out.println("Stopping Eventline...");
    }
    out.println();
    for (Target target : report.targets()) {
      out.printf(
          Locale.ROOT,
          "  %-44s %-14s %-16s %s%n",
          target.name(),
          target.goal(),
          target.measured().orElse("-"),
          target.met() ? "met" : "missed" + target.gap().map(gap -> " (" + gap + ")").orElse(""));
    }
    for (Path file : BenchFiles.write(report, reports)) {
      out.println("Report: " + file);
    }
    return ExitCode.OK;
  }
}
