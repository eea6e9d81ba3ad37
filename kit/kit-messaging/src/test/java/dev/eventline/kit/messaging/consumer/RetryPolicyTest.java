package dev.eventline.kit.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void theDefaultTriesThreeTimesWithBackoffThatDoubles() {
    RetryPolicy policy = RetryPolicy.DEFAULT;

    assertThat(policy.attempts()).isEqualTo(3);
    assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofMillis(400));
  }

  @Test
  void refusesAPolicyThatNeverTries() {
    assertThatThrownBy(() -> RetryPolicy.exponentialBackoff(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attempts must be 1 or more");
  }
}
