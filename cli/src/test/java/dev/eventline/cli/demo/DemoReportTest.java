package dev.eventline.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.invariants.InvariantCheck;
import dev.eventline.cli.invariants.InvariantReport;
import dev.eventline.cli.invariants.InvariantResult;
import dev.eventline.cli.invariants.Snapshots;
import dev.eventline.cli.invariants.SystemSnapshot;
import dev.eventline.cli.invariants.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoReportTest {
  @Test
  void printsOutcomesRefundsThroughputLatencyAndTheInvariantsInAlignedColumns() {
    DemoSummary summary =
        new DemoSummary(
            42,
            50,
            1000,
            List.of(),
            new OutcomeCounts(700, 150, 150, 0, 0, 150),
            Duration.ofMillis(12_500),
            new Percentiles(
                1000, Duration.ofMillis(142), Duration.ofMillis(480), Duration.ofMillis(12_345)),
            new InvariantCheck().check(Snapshots.consistent()));

    assertThat(printed(summary))
        .isEqualTo(
            """

            Outcome of 1000 orders by 50 users (seed 42)

            Orders by outcome              count       %
              COMPLETED                      700   70.0%
              CANCELLED / PAYMENT_DECLINED   150   15.0%
              CANCELLED / OUT_OF_STOCK       150   15.0%
              still PENDING                    0    0.0%
              total                         1000  100.0%

            Refunds (payments REFUNDED)      150
            Throughput                     80.0 orders/s (1000 finished in 12.5 s)
            Saga latency                   p50 142 ms, p95 480 ms, p99 12.3 s (1000 sagas)

            Invariants (SYSTEM.md)
              I1  PASS  every order COMPLETED or CANCELLED        3 of 3 orders terminal
              I2  PASS  money: deposits - completed = balance     2 wallets; 1 charged, 1 refunded, 1 declined
              I3  PASS  stock: set - completed = available        2 skus; 2 items sold
              I4  PASS  effects applied once, events delivered    through its effects: wallet and stock equations exact, 3 of 3 sagas finished
              I5  PASS  sagas move along legal transitions        3 sagas, 9 history lines: continuous, legal, matching their orders
              I6  PASS  dead letters = the bad messages injected  3 found, 3 injected

            Every invariant holds.
            """);
  }

  @Test
  void namesTheInvariantsThatFailedAndTheOrdersTheApiRefused() {
    InvariantReport report =
        new InvariantReport(
            List.of(
                new InvariantResult("I1", "terminal", Verdict.FAIL, "9 of 10 orders terminal"),
                new InvariantResult("I2", "money", Verdict.PASS, "fine"),
                new InvariantResult("I3", "stock", Verdict.FAIL, "oversold")));
    DemoSummary summary =
        new DemoSummary(
            1,
            2,
            11,
            List.of("order 7 of u: POST /api/orders answered 422 Unknown product"),
            new OutcomeCounts(5, 2, 2, 0, 1, 2),
            Duration.ofSeconds(2),
            Percentiles.of(List.of()),
            report);

    String printed = printed(summary);

    assertThat(printed)
        .contains("  still PENDING                    1   10.0%")
        .contains(
            "  refused by the API                1  (first: order 7 of u: POST /api/orders"
                + " answered 422 Unknown product)")
        .contains("  I1  FAIL  terminal  9 of 10 orders terminal")
        .endsWith("2 invariants FAILED: I1, I3." + System.lineSeparator());
    assertThat(summary.succeeded()).isFalse();
  }

  @Test
  void countsOutcomesAndRefundsFromWhatTheServicesSaid() {
    SystemSnapshot snapshot =
        Snapshots.withOrder(
            Snapshots.consistent(),
            Snapshots.ALICE_COMPLETED,
            order -> Snapshots.withStatus(order, OrderStatus.PENDING));

    assertThat(OutcomeCounts.of(snapshot)).isEqualTo(new OutcomeCounts(0, 1, 1, 0, 1, 1));
    assertThat(OutcomeCounts.of(Snapshots.consistent()).finished()).isEqualTo(3);
  }

  @Test
  void wallClockRunsFromTheFirstCreationToTheLastOutcomeAndLatencyIsEachSagasAge() {
    SystemSnapshot snapshot = Snapshots.consistent();

    assertThat(Demo.wallClock(snapshot)).isEqualTo(Duration.ofMillis(250));
    assertThat(Demo.latencies(snapshot)).containsOnly(Duration.ofMillis(250)).hasSize(3);
  }

  @Test
  void throughputIsFinishedOrdersPerSecondOfWallClock() {
    DemoSummary summary =
        new DemoSummary(
            1,
            2,
            10,
            List.of(),
            new OutcomeCounts(6, 2, 1, 0, 1, 1),
            Duration.ofMillis(4_500),
            Percentiles.of(List.of()),
            new InvariantReport(List.of()));

    assertThat(summary.throughput()).isEqualTo(2.0);
  }

  private static String printed(DemoSummary summary) {
    StringWriter text = new StringWriter();
    DemoReport.print(summary, new PrintWriter(text, true));
    return text.toString().replace(System.lineSeparator(), "\n");
  }
}
