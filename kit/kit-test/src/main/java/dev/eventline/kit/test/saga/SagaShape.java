package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.LocalAction;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaInput;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaMachine;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.Step;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which step a local action belongs to, so the simulation can count local steps and local
 * compensations per step. A step's action is in its definition; a local compensation is found by
 * asking the machine to compensate the step once, with a runner that only notes what it is given.
 */
final class SagaShape {
  private final Map<LocalAction<?>, String> steps = new IdentityHashMap<>();
  private final Map<LocalAction<?>, String> compensations = new IdentityHashMap<>();

  private SagaShape() {}

  static <S extends Record> SagaShape of(Saga<S> saga, S sample) {
    SagaShape shape = new SagaShape();
    for (Step<S> step : saga.steps()) {
      step.local().ifPresent(action -> shape.steps.put(action, step.name()));
      if (step.isCompensable()) {
        localCompensation(saga, step, sample)
            .ifPresent(action -> shape.compensations.put(action, step.name()));
      }
    }
    return shape;
  }

  Optional<String> stepOf(LocalAction<?> action) {
    return Optional.ofNullable(steps.get(action));
  }

  Optional<String> compensationOf(LocalAction<?> action) {
    return Optional.ofNullable(compensations.get(action));
  }

  private static <S extends Record> Optional<LocalAction<?>> localCompensation(
      Saga<S> saga, Step<S> step, S sample) {
    Noting noting = new Noting();
    Instant now = Instant.EPOCH;
    SagaInstance<S> waiting =
        new SagaInstance<>(
            new UUID(0, 0),
            saga.name(),
            saga.version(),
            SagaState.COMPENSATION_FAILED,
            step.name(),
            1,
            sample,
            "probe",
            0,
            Optional.empty(),
            now,
            now,
            now);
    new SagaMachine(noting).apply(saga, waiting, new SagaInput.OperatorRetry(), now);
    return noting.given.stream().findFirst();
  }

  /** Notes the action it is given and fails it, so nothing runs. */
  private static final class Noting implements SagaMachine.LocalRunner {
    private List<LocalAction<?>> given = List.of();

    @Override
    public <S extends Record> S run(LocalAction<S> action, S data) throws Exception {
      if (given.isEmpty()) {
        given = List.of(action);
      }
      throw new IllegalStateException("probing, not running");
    }
  }
}
