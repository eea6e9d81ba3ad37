package dev.eventline.cli.bench;

import dev.eventline.bench.baseline.Ceiling;
import dev.eventline.bench.baseline.Comparison;
import dev.eventline.bench.baseline.ConsumptionComparison;
import dev.eventline.bench.baseline.ConsumptionFigures;
import dev.eventline.bench.baseline.RelayFigures;
import java.time.Duration;
import java.util.Locale;

/** The report's sections on the baselines: the database's ceiling, the relays, consumption. */
final class BaselineMarkdown {
  private final MarkdownText out;

  BaselineMarkdown(MarkdownText out) {
    this.out = out;
  }

  void write(BenchReport report) {
    database(report);
    relays(report);
    consumption(report);
  }

  private void database(BenchReport report) {
    if (report.ceiling().isEmpty()) {
      return;
    }
    Ceiling ceiling = report.ceiling().get();
    line("## The database's ceiling");
    line();
    line(
        "The saga-step transaction alone (inbox insert, one-row saga update, outbox insert, commit)"
            + " from %d clients on the same PostgreSQL (fsync %s, synchronous_commit %s), no Kafka"
            + " and no application code.",
        ceiling.settings().clients(),
        ceiling.durability().fsync(),
        ceiling.durability().synchronousCommit());
    line();
    line("| shape | transactions/s | steps/s | p50 | p99 |");
    line("|---|---|---|---|---|");
    ceilingRow("1 step per transaction", ceiling);
    report
        .batchedCeiling()
        .ifPresent(
            batched ->
                ceilingRow(
                    batched.settings().stepsPerTransaction() + " steps per transaction", batched));
    line();
    report
        .ceilingSagasPerSecond()
        .ifPresent(
            sagas ->
                line(
                    "A completed saga commits %d transactions across the services, so the database"
                        + " alone bounds the system near %s sagas/s; MST is %s of that.",
                    report.transactionsPerSaga(),
                    Numbers.text(sagas),
                    report
                        .mstOfCeiling()
                        .map(share -> String.format(Locale.ROOT, "%.1f%%", share * 100))
                        .orElse("-")));
    line();
  }

  private void ceilingRow(String shape, Ceiling ceiling) {
    line(
        "| %s | %s | %s | %s | %s |",
        shape,
        Numbers.text(ceiling.transactionsPerSecond()),
        Numbers.text(ceiling.stepsPerSecond()),
        text(ceiling.latency().p50()),
        text(ceiling.latency().p99()));
  }

  private void relays(BenchReport report) {
    if (report.relays().isEmpty()) {
      return;
    }
    Comparison relays = report.relays().get();
    line("## The outbox relay against the naive one");
    line();
    line(
        "Same database and broker. Eventline's relay: batches per partition in one query, all sent"
            + " before one wait for the acknowledgements, one delete, woken after each commit. The"
            + " naive relay many tutorials show: select 100 unprocessed rows, send each and wait"
            + " for its acknowledgement, update each row. Drain: a backlog of %d rows. Latency: %d"
            + " rows/s written one per transaction, from the commit to the record's arrival at a"
            + " consumer.",
        relays.settings().backlog(), relays.settings().writeRate());
    line();
    line("| relay | drain rows/s | latency p50 | latency p99 | exactly once, in key order |");
    line("|---|---|---|---|---|");
    relayRow(relays.eventline());
    relayRow(relays.naive());
    line(
        "| ratio (Eventline / naive) | %sx | %s | %s | |",
        Numbers.text(relays.drainRatio()),
        Numbers.text(relays.latencyP50Ratio()),
        Numbers.text(relays.latencyP99Ratio()));
    line();
  }

  private void relayRow(RelayFigures figures) {
    line(
        "| %s | %s | %s | %s | %s |",
        figures.relay().label(),
        Numbers.text(figures.drainRowsPerSecond()),
        text(figures.latency().p50()),
        text(figures.latency().p99()),
        figures.delivery().exactlyOnceInKeyOrder() ? "yes" : "NO: " + figures.delivery());
  }

  private void consumption(BenchReport report) {
    if (report.consumption().isEmpty()) {
      return;
    }
    ConsumptionComparison.Result consumption = report.consumption().get();
    line("## Consumption: one transaction per record against Eventline's grouping");
    line();
    line(
        "The kit's consumer takes the same %d signed events (%d partitions) from the start of the"
            + " topic, verifies each and applies a saga step (inbox insert, one-row saga update,"
            + " outbox insert): once with one transaction per record, once with the records of a"
            + " poll in transactions of %d. Same database and broker; records/s from the first poll"
            + " to the last record's commit; latency from the start of the poll that took a record"
            + " to the commit that applied it.",
        consumption.settings().events(),
        consumption.settings().partitions(),
        consumption.settings().recordsPerTransaction());
    line();
    line("| mode | records/s | commits | latency p50 | latency p99 | exactly once, in key order |");
    line("|---|---|---|---|---|---|");
    consumptionRow(consumption.perRecord());
    consumptionRow(consumption.grouped());
    line();
    line(
        "Grouped over one per record: %sx the records per second, %sx the p50 latency, %sx the"
            + " p99.",
        Numbers.text(consumption.throughputRatio()),
        Numbers.text(consumption.latencyP50Ratio()),
        Numbers.text(consumption.latencyP99Ratio()));
    line();
  }

  private void consumptionRow(ConsumptionFigures figures) {
    int records = figures.recordsPerTransaction();
    line(
        "| %d %s per transaction | %s | %d | %s | %s | %s |",
        records,
        records == 1 ? "record" : "records",
        Numbers.text(figures.recordsPerSecond()),
        figures.commits(),
        text(figures.pollToCommit().p50()),
        text(figures.pollToCommit().p99()),
        figures.exactlyOnce() && figures.inKeyOrder()
            ? "yes"
            : "NO: " + figures.rows() + ", " + figures.outOfKeyOrder() + " out of key order");
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
