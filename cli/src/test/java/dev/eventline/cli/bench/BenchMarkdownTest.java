package dev.eventline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.bench.baseline.Ceiling.ScratchRows;
import dev.eventline.bench.baseline.ConsumptionComparison;
import dev.eventline.bench.baseline.ConsumptionFigures;
import dev.eventline.bench.baseline.ConsumptionSettings;
import dev.eventline.bench.baseline.LatencyPercentiles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchMarkdownTest {
  private static final Machine MACHINE = new Machine(2, 24, "a CPU", "Linux", "a JDK");

  @Test
  void theReportPutsTheTargetsFirstWithTheirVerdictAndListsEveryStep() {
    Ramp ramp = new Ramp(10, 2, 1_000, Duration.ofSeconds(15));
    Ramp.Result result =
        new Ramp.Result(
            List.of(Steps.keptUp(10), Steps.keptUp(20), Steps.withFailures(40, 2)),
            Optional.of(Steps.keptUp(20)),
            Optional.of(Steps.keptUp(10)));
    BenchReport report =
        new BenchReport(
            Instant.parse("2026-11-23T17:00:00Z"),
            MACHINE,
            ramp,
            result,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Map.of(),
            5);

    String markdown = BenchMarkdown.of(report);

    assertThat(markdown.indexOf("## Targets")).isLessThan(markdown.indexOf("## The ramp"));
    assertThat(markdown)
        .contains(
            "| maximum sustainable throughput | >= 500 sagas/s | 20.0 sagas/s | missed (25.0x short) |")
        .contains("| failed requests, whole run | <= 0.00 requests | 2.00 requests | missed")
        .contains("lost: 2 requests failed")
        .contains("**MST: 20.0 sagas/s.**")
        .doesNotContain("## The database's ceiling");
  }

  @Test
  void withoutAnySustainedRateTheReportSaysThereIsNoMst() {
    Ramp ramp = new Ramp(10, 2, 1_000, Duration.ofSeconds(15));
    BenchReport report =
        new BenchReport(
            Instant.parse("2026-11-23T17:00:00Z"),
            MACHINE,
            ramp,
            new Ramp.Result(List.of(Steps.withFailures(10, 1)), Optional.empty(), Optional.empty()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Map.of(),
            5);

    assertThat(BenchMarkdown.of(report))
        .contains("**MST: none**")
        .contains("| saga p99 at half of MST | <= 150 ms | - | missed (not measured) |");
  }

  @Test
  void theReportShowsBothConsumptionModesWithTheirCommitsAndTheRatioButNoTargetForIt() {
    ConsumptionFigures perRecord =
        new ConsumptionFigures(
            1,
            5_000,
            Duration.ofSeconds(10),
            500,
            5_000,
            new ScratchRows(5_000, 5_000, 5_000),
            0,
            latency(400, 900));
    ConsumptionFigures grouped =
        new ConsumptionFigures(
            100,
            5_000,
            Duration.ofSeconds(4),
            1_250,
            50,
            new ScratchRows(5_000, 5_000, 4_999),
            0,
            latency(100, 450));
    BenchReport report =
        new BenchReport(
            Instant.parse("2026-11-23T17:00:00Z"),
            MACHINE,
            new Ramp(10, 2, 1_000, Duration.ofSeconds(15)),
            new Ramp.Result(List.of(Steps.keptUp(10)), Optional.empty(), Optional.empty()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(
                new ConsumptionComparison.Result(
                    ConsumptionSettings.DEFAULT, perRecord, grouped, 2.5, 0.25, 0.5)),
            List.of(),
            Map.of(),
            5);

    String markdown = BenchMarkdown.of(report);

    assertThat(markdown)
        .contains("## Consumption: one transaction per record against Eventline's grouping")
        .contains("| 1 record per transaction | 500 | 5000 | 400.0 ms | 900.0 ms | yes |")
        .contains("| 100 records per transaction | 1250 | 50 | 100.0 ms | 450.0 ms | NO: ")
        .contains(
            "Grouped over one per record: 2.50x the records per second, 0.25x the p50 latency,"
                + " 0.50x the p99.");
    assertThat(report.targets()).noneMatch(target -> target.name().contains("consumption"));
  }

  private static LatencyPercentiles latency(long p50Millis, long p99Millis) {
    return new LatencyPercentiles(
        Duration.ofMillis(p50Millis),
        Duration.ofMillis(p99Millis),
        Duration.ofMillis(p99Millis),
        5_000);
  }
}
