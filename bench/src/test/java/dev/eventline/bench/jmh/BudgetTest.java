package dev.eventline.bench.jmh;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BudgetTest {
  @Test
  void aBudgetWithoutAMeasurementIsRefused() {
    assertThatThrownBy(() -> new Budget(1, 1, Duration.ofSeconds(1), 0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("measurement iteration");
  }

  @Test
  void iterationsShorterThanAMillisecondAreRefused() {
    assertThatThrownBy(() -> new Budget(1, 1, Duration.ofNanos(10), 1, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a millisecond or more");
  }
}
