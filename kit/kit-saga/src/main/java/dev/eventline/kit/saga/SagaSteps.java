package dev.eventline.kit.saga;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How {@link SagaMachine} carries a saga through its table: entering a step (sending its command or
 * running it locally), moving on, ending, and compensating in reverse. The machine decides what an
 * input means; this does it.
 */
final class SagaSteps {
  private final SagaMachine.LocalRunner local;

  SagaSteps(SagaMachine.LocalRunner local) {
    this.local = local;
  }

  <S extends Record> void enter(SagaWork<S> work, Step<S> step, Instant now) {
    work.step = step;
    work.attempt = 1;
    work.stepStartedAt = now;
    if (step.isLocal()) {
      runLocalStep(work, now);
    } else {
      sendStep(work, now);
    }
  }

  <S extends Record> void advance(SagaWork<S> work, Instant now) {
    Optional<Step<S>> next = work.saga.after(work.step);
    if (next.isPresent()) {
      enter(work, next.get(), now);
    } else {
      end(work, SagaState.COMPLETED, work.saga.onCompleted());
    }
  }

  /** Ends the saga in {@code state}, running its end action in the same transition. */
  private <S extends Record> void end(
      SagaWork<S> work, SagaState state, Optional<LocalAction<S>> action) {
    work.state = state;
    work.deadline = Optional.empty();
    if (action.isEmpty()) {
      return;
    }
    try {
      work.data = local.runEnd(action.get(), work.data);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(
          "saga " + work.id + ": the action on becoming " + state + " failed", e);
    }
  }

  <S extends Record> void sendStep(SagaWork<S> work, Instant now) {
    Step<S> step = work.step;
    work.commands.add(
        new SagaCommand(
            work.id, step.name(), false, step.command().orElseThrow().apply(work.data)));
    work.deadline = Optional.of(now.plus(waitFor(step, work.attempt)));
  }

  <S extends Record> void runLocalStep(SagaWork<S> work, Instant now) {
    Step<S> step = work.step;
    try {
      work.data = local.run(step.local().orElseThrow(), work.data);
    } catch (Exception e) {
      if (work.attempt < step.retry().attempts()) {
        work.deadline = Optional.of(now.plus(step.retry().backoffAfter(work.attempt)));
        work.attempt++;
        return;
      }
      compensate(work, work.saga.before(step), now);
      return;
    }
    advance(work, now);
  }

  /** Compensates {@code steps} in the order given, skipping those with nothing to undo. */
  <S extends Record> void compensate(SagaWork<S> work, List<Step<S>> steps, Instant now) {
    work.state = SagaState.COMPENSATING;
    for (Step<S> step : steps) {
      if (step.isCompensable()) {
        work.step = step;
        work.attempt = 1;
        work.stepStartedAt = now;
        issueCompensation(work, now);
        return;
      }
    }
    end(work, SagaState.COMPENSATED, work.saga.onCompensated());
  }

  <S extends Record> void issueCompensation(SagaWork<S> work, Instant now) {
    Step<S> step = work.step;
    Compensation<S> compensation = step.compensation().orElseThrow();
    if (compensation.command().isPresent()) {
      work.commands.add(
          new SagaCommand(
              work.id, step.name(), true, compensation.command().get().apply(work.data)));
      work.deadline = Optional.of(now.plus(waitFor(step, work.attempt)));
      return;
    }
    try {
      work.data = local.run(compensation.local().orElseThrow(), work.data);
    } catch (Exception e) {
      if (work.attempt < step.retry().attempts()) {
        work.deadline = Optional.of(now.plus(step.retry().backoffAfter(work.attempt)));
      } else {
        work.state = SagaState.COMPENSATION_FAILED;
        work.deadline = Optional.empty();
      }
      return;
    }
    compensate(work, work.saga.before(step), now);
  }

  /** The wait for attempt {@code attempt}: the timeout, plus a backoff that grows per retry. */
  private static Duration waitFor(Step<?> step, int attempt) {
    return attempt == 1
        ? step.timeout()
        : step.timeout().plus(step.retry().backoffAfter(attempt - 1));
  }
}
