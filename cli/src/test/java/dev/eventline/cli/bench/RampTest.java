package dev.eventline.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RampTest {
  private final Ramp ramp = new Ramp(10, 2, 1_000, Duration.ofSeconds(15));

  @Test
  void theRateRisesUntilAStepIsLostAndMstIsTheLastSustainedOne() {
    List<Double> tried = new ArrayList<>();
    LoadStep system =
        (arrivals, name) -> {
          tried.add(arrivals.perSecond());
          return arrivals.perSecond() <= 40
              ? Steps.keptUp(arrivals.perSecond())
              : Steps.withSagaP99(arrivals.perSecond(), 3_000);
        };

    Ramp.Result result = ramp.run(system, step -> {});

    assertThat(tried).containsExactly(10.0, 20.0, 40.0, 80.0, 20.0);
    assertThat(result.mst()).hasValueSatisfying(mst -> assertThat(mst.offered()).isEqualTo(40));
    assertThat(result.half()).hasValueSatisfying(half -> assertThat(half.offered()).isEqualTo(20));
    assertThat(result.steps()).hasSize(4);
  }

  @Test
  void aSystemThatLosesTheFirstRateHasNoMstAndNoHalfStep() {
    Ramp.Result result = ramp.run((arrivals, name) -> Steps.withFailures(10, 3), step -> {});

    assertThat(result.mst()).isEmpty();
    assertThat(result.half()).isEmpty();
    assertThat(result.steps()).hasSize(1);
  }

  @Test
  void theRampStopsAtItsCeilingEvenWhenEveryRateIsSustained() {
    Ramp.Result result =
        new Ramp(10, 2, 50, Duration.ofSeconds(1))
            .run((arrivals, name) -> Steps.keptUp(arrivals.perSecond()), step -> {});

    assertThat(result.steps()).extracting(StepOutcome::offered).containsExactly(10.0, 20.0, 40.0);
    assertThat(result.mst()).hasValueSatisfying(mst -> assertThat(mst.offered()).isEqualTo(40));
  }
}
