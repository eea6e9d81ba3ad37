package dev.eventline.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyPercentilesTest {

  @Test
  void takesTheNearestRankOfEachPercentile() {
    long[] nanos = LongStream.rangeClosed(1, 200).map(i -> 201 - i).toArray();

    LatencyPercentiles percentiles = LatencyPercentiles.of(nanos);

    assertThat(percentiles.p50()).isEqualTo(Duration.ofNanos(100));
    assertThat(percentiles.p99()).isEqualTo(Duration.ofNanos(198));
    assertThat(percentiles.max()).isEqualTo(Duration.ofNanos(200));
    assertThat(percentiles.samples()).isEqualTo(200);
  }

  @Test
  void givesTheOnlySampleForEveryPercentileOfOne() {
    LatencyPercentiles percentiles = LatencyPercentiles.of(new long[] {7});

    assertThat(percentiles.p50()).isEqualTo(Duration.ofNanos(7));
    assertThat(percentiles.p99()).isEqualTo(Duration.ofNanos(7));
  }

  @Test
  void saysNothingWasMeasuredWhenThereAreNoSamples() {
    assertThat(LatencyPercentiles.of(new long[0])).isEqualTo(LatencyPercentiles.NONE);
  }

  @Test
  void leavesTheCallersSamplesUnsorted() {
    long[] nanos = {3, 1, 2};

    LatencyPercentiles.of(nanos);

    assertThat(nanos).containsExactly(3, 1, 2);
  }
}
