package dev.eventline.cli.bench;

import dev.eventline.cli.demo.Percentiles;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Step outcomes for tests: one that kept up, and the ways one does not. */
final class Steps {
  private Steps() {}

  static StepOutcome keptUp(double rate) {
    return new StepOutcome(
        rate,
        (int) rate * 10,
        0,
        Optional.empty(),
        rate,
        latencies(40, 80, 120),
        latencies(10, 20, 30),
        latencies(2, 4, 8),
        Optional.of(Duration.ofMillis(150)),
        Map.of("order-service", Duration.ofMillis(3)),
        Duration.ofMillis(1));
  }

  static StepOutcome withSagaP99(double rate, long millis) {
    StepOutcome step = keptUp(rate);
    return new StepOutcome(
        step.offered(),
        step.placed(),
        step.failures(),
        step.firstFailure(),
        step.completedPerSecond(),
        latencies(40, 80, millis),
        step.apiLatency(),
        step.publishDelay(),
        step.drain(),
        step.cpuPerSaga(),
        step.generatorLag());
  }

  static StepOutcome withDrain(double rate, Optional<Duration> drain) {
    StepOutcome step = keptUp(rate);
    return new StepOutcome(
        step.offered(),
        step.placed(),
        step.failures(),
        step.firstFailure(),
        step.completedPerSecond(),
        step.sagaLatency(),
        step.apiLatency(),
        step.publishDelay(),
        drain,
        step.cpuPerSaga(),
        step.generatorLag());
  }

  static StepOutcome withFailures(double rate, int failures) {
    StepOutcome step = keptUp(rate);
    return new StepOutcome(
        step.offered(),
        step.placed(),
        failures,
        Optional.of("ApiException: 503"),
        step.completedPerSecond(),
        step.sagaLatency(),
        step.apiLatency(),
        step.publishDelay(),
        step.drain(),
        step.cpuPerSaga(),
        step.generatorLag());
  }

  static Percentiles latencies(long p50, long p95, long p99) {
    return new Percentiles(
        100, Duration.ofMillis(p50), Duration.ofMillis(p95), Duration.ofMillis(p99));
  }
}
