package dev.eventline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepOutcomeTest {
  @Test
  void aStepWithNoFailureNoBacklogAndAShortP99IsSustained() {
    assertThat(Steps.keptUp(100).sustained()).isTrue();
    assertThat(Steps.keptUp(100).whyNotSustained()).isEmpty();
  }

  @Test
  void oneFailedRequestLosesTheRateAndSaysWhich() {
    StepOutcome step = Steps.withFailures(100, 1);

    assertThat(step.sustained()).isFalse();
    assertThat(step.whyNotSustained()).hasValueSatisfying(why -> assertThat(why).contains("503"));
  }

  @Test
  void sagasEndingLongAfterTheLastArrivalAreABacklog() {
    assertThat(Steps.withDrain(100, Optional.of(Duration.ofSeconds(5))).whyNotSustained())
        .hasValueSatisfying(why -> assertThat(why).startsWith("a backlog"));
    assertThat(Steps.withDrain(100, Optional.empty()).sustained()).isFalse();
  }

  @Test
  void aSagaP99OverOneSecondLosesTheRate() {
    assertThat(Steps.withSagaP99(100, 999).sustained()).isTrue();
    assertThat(Steps.withSagaP99(100, 1_001).whyNotSustained())
        .hasValueSatisfying(why -> assertThat(why).contains("p99"));
  }
}
