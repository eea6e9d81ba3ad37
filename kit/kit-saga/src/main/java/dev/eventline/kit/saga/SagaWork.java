package dev.eventline.kit.saga;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A saga instance while one transition of {@link SagaMachine} works on it. */
final class SagaWork<S extends Record> {
  final Saga<S> saga;
  final UUID id;
  SagaState state;
  Step<S> step;
  int attempt;
  S data;
  Optional<Instant> deadline;
  Instant stepStartedAt;
  boolean acted;
  final List<SagaCommand> commands = new ArrayList<>();

  SagaWork(Saga<S> saga, UUID id, Step<S> first, S data, Instant now) {
    this.saga = saga;
    this.id = id;
    this.state = SagaState.RUNNING;
    this.step = first;
    this.attempt = 1;
    this.data = data;
    this.deadline = Optional.empty();
    this.stepStartedAt = now;
  }

  SagaWork(Saga<S> saga, SagaInstance<S> instance) {
    this.saga = saga;
    this.id = instance.id();
    this.state = instance.state();
    this.step = saga.step(instance.step());
    this.attempt = instance.attempt();
    this.data = instance.data();
    this.deadline = instance.deadline();
    this.stepStartedAt = instance.stepStartedAt();
  }

  String attemptsSpent() {
    return attempt + (attempt == 1 ? " attempt" : " attempts");
  }
}
