package dev.eventline.cli.demo;

import dev.eventline.cli.invariants.InvariantResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Prints a {@link DemoSummary} as plain ASCII tables. */
public final class DemoReport {
  private DemoReport() {}

  public static void print(DemoSummary summary, PrintWriter out) {
    OutcomeCounts outcomes = summary.outcomes();
    out.println();
    out.printf(
        "Outcome of %d orders by %d users (seed %d)%n",
        summary.planned(), summary.users(), summary.seed());
    out.println();
    out.printf("Orders by outcome              count       %%%n");
    row(out, "COMPLETED", outcomes.completed(), outcomes.total());
    row(out, "CANCELLED / PAYMENT_DECLINED", outcomes.declined(), outcomes.total());
    row(out, "CANCELLED / OUT_OF_STOCK", outcomes.outOfStock(), outcomes.total());
    if (outcomes.otherwiseCancelled() > 0) {
      row(out, "CANCELLED / no reason", outcomes.otherwiseCancelled(), outcomes.total());
    }
    row(out, "still PENDING", outcomes.pending(), outcomes.total());
    row(out, "total", outcomes.total(), outcomes.total());
    if (!summary.refused().isEmpty()) {
      out.printf(
          "  refused by the API            %5d  (first: %s)%n",
          summary.refused().size(), summary.refused().getFirst());
    }
    out.println();
    out.printf("Refunds (payments REFUNDED)    %5d%n", outcomes.refunds());
    out.printf(
        Locale.ROOT,
        "Throughput                     %.1f orders/s (%d finished in %s)%n",
        summary.throughput(),
        outcomes.finished(),
        duration(summary.wallClock()));
    Percentiles latency = summary.latency();
    out.printf(
        "Saga latency                   p50 %s, p95 %s, p99 %s (%d sagas)%n",
        duration(latency.p50()), duration(latency.p95()), duration(latency.p99()), latency.count());
    out.println();
    out.println("Invariants (SYSTEM.md)");
    int width =
        summary.invariants().results().stream().mapToInt(r -> r.title().length()).max().orElse(0);
    for (InvariantResult result : summary.invariants().results()) {
      out.printf(
          "  %-3s %-4s  %-" + width + "s  %s%n",
          result.id(),
          result.verdict(),
          result.title(),
          result.detail());
    }
    out.println();
    List<String> failed =
        summary.invariants().results().stream()
            .filter(result -> !result.passed())
            .map(InvariantResult::id)
            .toList();
    out.println(
        failed.isEmpty()
            ? "Every invariant holds."
            : failed.size()
                + " invariant"
                + (failed.size() == 1 ? "" : "s")
                + " FAILED: "
                + String.join(", ", failed)
                + ".");
  }

  private static void row(PrintWriter out, String label, int count, int total) {
    double percent = total == 0 ? 0 : 100.0 * count / total;
    out.printf(Locale.ROOT, "  %-28s %5d  %5.1f%%%n", label, count, percent);
  }

  /** {@code 142 ms} below ten seconds, {@code 12.3 s} from there. */
  static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis < 10_000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
