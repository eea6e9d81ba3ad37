package dev.eventline.cli.bench;

import dev.eventline.bench.jmh.Score;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** A benchmark report as markdown, for docs/benchmarks/. */
final class BenchMarkdown {
  private final MarkdownText out = new MarkdownText();

  private BenchMarkdown() {}

  static String of(BenchReport report) {
    return new BenchMarkdown().write(report);
  }

  private String write(BenchReport report) {
    Machine machine = report.machine();
    line("# Eventline bench, " + report.at());
    line();
    line(
        "Machine: %d cores (%s), %d GiB, %s, %s. Everything co-located: Kafka (1 broker, acks=all,"
            + " idempotent producers), PostgreSQL (fsync on, synchronous_commit on), the three"
            + " services (every event signed and verified with Ed25519), the gateway every request"
            + " goes through (its JWT validated there and again in the service) and the load"
            + " generator.",
        machine.cores(), machine.cpu(), machine.memoryGib(), machine.os(), machine.jdk());
    line();
    targets(report);
    ramp(report);
    new BaselineMarkdown(out).write(report);
    profiles(report);
    microbenchmarks(report);
    return out.toString();
  }

  private void targets(BenchReport report) {
    line("## Targets");
    line();
    line("| target | goal | this run | verdict |");
    line("|---|---|---|---|");
    for (Target target : report.targets()) {
      line(
          "| %s | %s | %s | %s |",
          target.name(),
          target.goal(),
          target.measured().orElse("-"),
          target.met() ? "met" : "missed" + target.gap().map(gap -> " (" + gap + ")").orElse(""));
    }
    line();
  }

  private void ramp(BenchReport report) {
    Ramp ramp = report.ramp();
    line("## The ramp");
    line();
    line(
        "Open model: orders arrive at a fixed rate for %d s whatever the answers, from %s/s up by"
            + " x%s; each order is one unit of one product, by customers with more money than"
            + " they spend, so every saga runs all three steps. A rate is sustained when no request"
            + " fails, the last saga ends within %s of the last arrival (no backlog), saga p99 is"
            + " under %s and completions keep up. Saga latency is from the order's creation to its"
            + " terminal state (order service clock); publish delay from an event's time (set in"
            + " the transaction that appends it) to the relay's send.",
        ramp.hold().toSeconds(),
        Numbers.text(ramp.start()),
        Numbers.text(ramp.factor()),
        Durations.text(StepOutcome.DRAIN_LIMIT),
        Durations.text(StepOutcome.SAGA_P99_LIMIT));
    line();
    line(
        "| offered/s | completed/s | saga p50 | saga p95 | saga p99 | API p50 | API p99 | publish"
            + " p50 | publish p99 | verdict |");
    line("|---|---|---|---|---|---|---|---|---|---|");
    report.result().steps().forEach(this::stepRow);
    report.result().half().ifPresent(this::stepRow);
    line();
    line(
        report
            .result()
            .mst()
            .map(
                mst ->
                    String.format(
                        Locale.ROOT,
                        "**MST: %s sagas/s.** The last row is half of it, where the latency targets"
                            + " are read.",
                        Numbers.text(mst.offered())))
            .orElse("**MST: none**: the first rate was not sustained."));
    line();
    report
        .result()
        .mst()
        .ifPresent(
            mst -> {
              line("CPU per completed saga at MST, by process:");
              line();
              line("| process | CPU per saga |");
              line("|---|---|");
              mst.cpuPerSaga().forEach((process, cpu) -> line("| %s | %s |", process, text(cpu)));
              line(
                  "| all | %s |",
                  text(mst.cpuPerSaga().values().stream().reduce(Duration.ZERO, Duration::plus)));
              line();
            });
  }

  private void stepRow(StepOutcome step) {
    line(
        "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
        Numbers.text(step.offered()),
        Numbers.text(step.completedPerSecond()),
        text(step.sagaLatency().p50()),
        text(step.sagaLatency().p95()),
        text(step.sagaLatency().p99()),
        text(step.apiLatency().p50()),
        text(step.apiLatency().p99()),
        text(step.publishDelay().p50()),
        text(step.publishDelay().p99()),
        step.whyNotSustained().map(why -> "lost: " + why).orElse("sustained"));
  }

  private void profiles(BenchReport report) {
    if (report.profiles().isEmpty()) {
      return;
    }
    line("## Where the time goes");
    line();
    line(
        "JDK Flight Recorder execution samples of each service during the ramp. A sample counts"
            + " for every kind of work on its stack (signing inside a Kafka consumer counts for"
            + " both), so shares do not add up to 100%%.");
    line();
    for (Map.Entry<String, TopCosts> profile : report.profiles().entrySet()) {
      TopCosts costs = profile.getValue();
      line("**%s** (%d samples)", profile.getKey(), costs.samples());
      line();
      line("| work | share of samples |");
      line("|---|---|");
      costs.byWork().forEach((work, share) -> line("| %s | %s |", work, percent(share)));
      line();
      line("Hottest methods: %s.", hottest(costs));
      line();
    }
  }

  private static String hottest(TopCosts costs) {
    StringBuilder methods = new StringBuilder();
    costs
        .hottest()
        .forEach(
            (method, share) -> {
              if (!methods.isEmpty()) {
                methods.append(", ");
              }
              methods.append('`').append(method).append("` ").append(percent(share));
            });
    return methods.toString();
  }

  private void microbenchmarks(BenchReport report) {
    if (report.microbenchmarks().isEmpty()) {
      return;
    }
    line("## Hot paths (JMH)");
    line();
    line("| benchmark | ops/s | error |");
    line("|---|---|---|");
    for (Score score : report.microbenchmarks()) {
      line(
          "| %s | %s | %s |",
          score.simpleName(),
          Numbers.text(score.score()),
          Double.isNaN(score.error()) ? "-" : "± " + Numbers.text(score.error()));
    }
    line();
  }

  private static String percent(double share) {
    return MarkdownText.percent(share);
  }

  private static String text(Duration duration) {
    return MarkdownText.text(duration);
  }

  private void line() {
    out.line();
  }

  private void line(String format, Object... arguments) {
    out.line(format, arguments);
  }
}
