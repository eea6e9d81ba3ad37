package dev.eventline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetTest {
  @Test
  void aThroughputUnderItsGoalIsMissedBySoManyTimes() {
    Target target = Target.atLeast("MST", 500, Optional.of(125.0), "sagas/s");

    assertThat(target.met()).isFalse();
    assertThat(target.gap()).contains("4.00x short");
    assertThat(target.measured()).contains("125 sagas/s");
  }

  @Test
  void aLatencyUnderItsLimitIsMet() {
    Target target = Target.atMost("p99", 150, Optional.of(149.0), "ms");

    assertThat(target.met()).isTrue();
    assertThat(target.gap()).isEmpty();
  }

  @Test
  void aFigureTheRunCouldNotMeasureIsMissedAndSaysSo() {
    Target target = Target.atMost("p99 at half of MST", 150, Optional.empty(), "ms");

    assertThat(target.met()).isFalse();
    assertThat(target.measured()).isEmpty();
    assertThat(target.gap()).contains("not measured");
  }

  @Test
  void anythingOverAZeroLimitIsMissedBySoMuch() {
    Target target = Target.atMost("failed requests", 0, Optional.of(3.0), "requests");

    assertThat(target.met()).isFalse();
    assertThat(target.gap()).contains("3.00 requests over");
  }
}
