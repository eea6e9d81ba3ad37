package dev.eventline.kit.saga.engine;

import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine counts and times as transitions are written, every meter tagged with the saga's
 * {@code type}:
 *
 * <ul>
 *   <li>{@code eventline.saga.started}, {@code eventline.saga.completed}, {@code
 *       eventline.saga.compensated}, {@code eventline.saga.compensation.failed}: counters (the last
 *       one each time a saga enters COMPENSATION_FAILED, which needs a person);
 *   <li>{@code eventline.saga.duration}: a timer from creation to COMPLETED or COMPENSATED, tagged
 *       {@code outcome} ({@code completed} or {@code compensated});
 *   <li>{@code eventline.saga.step.latency}: a timer from entering a step (or its compensation) to
 *       leaving it, tagged {@code step} and {@code phase} ({@code run} or {@code compensate}).
 * </ul>
 *
 * <p>The timers publish histogram buckets, so that percentiles aggregate across instances. They are
 * recorded when the engine has written the transition in the caller's transaction; a transaction
 * the caller then rolls back (a failed commit) has still been counted. The in-flight and stuck
 * gauges come from the database, see {@code SagaGauges}.
 */
public final class SagaMetrics {
  private final MeterRegistry registry;

  public SagaMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Registers the counters of each saga type at zero, so that a dashboard and an alert (say, on
   * compensation failures) see them before the first one happens.
   */
  void register(Iterable<String> types) {
    for (String type : types) {
      counter("eventline.saga.started", "Sagas started", type);
      counter("eventline.saga.completed", "Sagas that completed every step", type);
      counter("eventline.saga.compensated", "Sagas whose completed steps were undone", type);
      counter(
          "eventline.saga.compensation.failed",
          "Sagas whose compensation ran out of retries and needs a person",
          type);
    }
  }

  void started(SagaInstance<?> instance, Instant now) {
    count("eventline.saga.started", "Sagas started", instance.type());
    moved(Optional.empty(), instance, now);
  }

  /** {@code before} is empty when {@code after} was just started. */
  void moved(Optional<SagaInstance<?>> before, SagaInstance<?> after, Instant now) {
    before.filter(from -> leftStep(from, after)).ifPresent(from -> stepLatency(from, now));
    SagaState previous = before.map(SagaInstance::state).orElse(null);
    if (after.state() == previous) {
      return;
    }
    String type = after.type();
    switch (after.state()) {
      case COMPLETED -> {
        count("eventline.saga.completed", "Sagas that completed every step", type);
        duration(after, "completed", now);
      }
      case COMPENSATED -> {
        count("eventline.saga.compensated", "Sagas whose completed steps were undone", type);
        duration(after, "compensated", now);
      }
      case COMPENSATION_FAILED ->
          count(
              "eventline.saga.compensation.failed",
              "Sagas whose compensation ran out of retries and needs a person",
              type);
      case RUNNING, COMPENSATING -> {}
    }
  }

  /** A step (or compensation) is left when the saga is elsewhere or entered it anew. */
  private static boolean leftStep(SagaInstance<?> before, SagaInstance<?> after) {
    boolean working =
        before.state() == SagaState.RUNNING || before.state() == SagaState.COMPENSATING;
    return working
        && (before.state() != after.state()
            || !before.step().equals(after.step())
            || !before.stepStartedAt().equals(after.stepStartedAt()));
  }

  private void stepLatency(SagaInstance<?> before, Instant now) {
    Timer.builder("eventline.saga.step.latency")
        .description("From entering a saga step, or its compensation, to leaving it")
        .tag("type", before.type())
        .tag("step", before.step())
        .tag("phase", before.state() == SagaState.RUNNING ? "run" : "compensate")
        .publishPercentileHistogram()
        .register(registry)
        .record(Duration.between(before.stepStartedAt(), now));
  }

  private void duration(SagaInstance<?> instance, String outcome, Instant now) {
    Timer.builder("eventline.saga.duration")
        .description("From a saga's start to its end, per outcome")
        .tag("type", instance.type())
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .register(registry)
        .record(Duration.between(instance.createdAt(), now));
  }

  private void count(String name, String description, String type) {
    counter(name, description, type).increment();
  }

  private Counter counter(String name, String description, String type) {
    return Counter.builder(name).description(description).tag("type", type).register(registry);
  }
}
