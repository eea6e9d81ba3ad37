package dev.eventline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArrivalsTest {
  @Test
  void ordersArriveEvenlyAtTheRate() {
    Arrivals arrivals = new Arrivals(200, Duration.ofSeconds(15));

    assertThat(arrivals.count()).isEqualTo(3_000);
    assertThat(arrivals.offsetNanos(0)).isZero();
    assertThat(arrivals.offsetNanos(1)).isEqualTo(5_000_000);
    assertThat(arrivals.offsetNanos(2_999)).isEqualTo(14_995_000_000L);
  }

  @Test
  void aRateOrDurationThatIsNotPositiveIsRefused() {
    assertThatThrownBy(() -> new Arrivals(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Arrivals(Double.NaN, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Arrivals(10, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
