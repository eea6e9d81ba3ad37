package dev.eventline.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void aHundredValuesGiveTheNearestRanks() {
    List<Duration> values =
        new ArrayList<>(IntStream.rangeClosed(1, 100).mapToObj(Duration::ofMillis).toList());
    Collections.shuffle(values);

    Percentiles percentiles = Percentiles.of(values);

    assertThat(percentiles)
        .isEqualTo(
            new Percentiles(
                100, Duration.ofMillis(50), Duration.ofMillis(95), Duration.ofMillis(99)));
  }

  @Test
  void fewValuesRoundTheRankUp() {
    Percentiles percentiles =
        Percentiles.of(
            List.of(Duration.ofMillis(30), Duration.ofMillis(10), Duration.ofMillis(20)));

    assertThat(percentiles.p50()).isEqualTo(Duration.ofMillis(20));
    assertThat(percentiles.p95()).isEqualTo(Duration.ofMillis(30));
    assertThat(percentiles.p99()).isEqualTo(Duration.ofMillis(30));
  }

  @Test
  void oneValueIsEveryPercentile() {
    assertThat(Percentiles.of(List.of(Duration.ofSeconds(2))))
        .isEqualTo(
            new Percentiles(
                1, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)));
  }

  @Test
  void noValuesGiveZeros() {
    assertThat(Percentiles.of(List.of()))
        .isEqualTo(new Percentiles(0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
  }
}
