package dev.eventline.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MicrobenchmarksTest {
  @Test
  void runsABenchmarkInAForkedJvmAndReturnsItsScore() {
    List<Score> scores = Microbenchmarks.run(Budget.SMOKE, "SignatureBenchmark\\.verify$");

    assertThat(scores)
        .singleElement()
        .satisfies(
            score -> {
              assertThat(score.benchmark())
                  .isEqualTo("dev.eventline.bench.jmh.SignatureBenchmark.verify");
              assertThat(score.simpleName()).isEqualTo("SignatureBenchmark.verify");
              assertThat(score.mode()).isEqualTo("thrpt");
              assertThat(score.unit()).isEqualTo("ops/s");
              assertThat(score.score()).isPositive();
            });
  }

  @Test
  void refusesAPatternThatMatchesNoBenchmark() {
    assertThatThrownBy(() -> Microbenchmarks.run(Budget.SMOKE, "NoSuchBenchmark"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NoSuchBenchmark");
  }
}
