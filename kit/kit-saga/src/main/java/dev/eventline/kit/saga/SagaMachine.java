package dev.eventline.kit.saga;

import dev.eventline.kit.messaging.EventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of every saga, as a pure function: (definition, instance, input, time) to transition.
 * No database, broker or clock: the engine runs it in a transaction, the test fixture and the
 * simulation run it in memory, so all three obey the same rules.
 *
 * <ul>
 *   <li>A step's success reply changes the data and moves to the next step; local steps run at
 *       once, in the same transition; after the last step the saga is COMPLETED.
 *   <li>A failure reply compensates the steps before the failed one, nearest first; a timeout that
 *       exhausts the retries compensates the timed-out step too, since it may have been applied
 *       (compensations must be harmless on a step that was not).
 *   <li>A compensation that runs out of retries leaves the saga COMPENSATION_FAILED, where a late
 *       confirmation or an operator's retry moves it on.
 *   <li>Reaching COMPLETED or COMPENSATED runs the saga's end action ({@code onCompleted}, {@code
 *       onCompensated}), if any, in the same transition; if it throws, the transition is refused.
 *   <li>Anything else (a reply to another step, a duplicate, a deadline no longer awaited) is
 *       recorded in the history and changes nothing.
 * </ul>
 */
public final class SagaMachine {
  private final SagaSteps steps;

  public SagaMachine() {
    this(LocalRunner.DIRECT);
  }

  /** A machine that runs local actions through {@code local} (e.g. inside a savepoint). */
  public SagaMachine(LocalRunner local) {
    this.steps = new SagaSteps(local);
  }

  /** Runs local actions; the engine's runner undoes a failed action's writes before retrying. */
  @FunctionalInterface
  public interface LocalRunner {
    LocalRunner DIRECT = LocalAction::apply;

    <S extends Record> S run(LocalAction<S> action, S data) throws Exception;

    /**
     * Runs a saga's end action ({@link SagaBuilder#onCompleted}, {@link
     * SagaBuilder#onCompensated}). It is not retried on its own: a failure propagates and refuses
     * the whole transition.
     */
    default <S extends Record> S runEnd(LocalAction<S> action, S data) throws Exception {
      return action.apply(data);
    }
  }

  public <S extends Record> Transition<S> start(
      Saga<S> saga, UUID id, S data, String correlationId, Instant now) {
    SagaWork<S> work = new SagaWork<>(saga, id, saga.first(), data, now);
    steps.enter(work, saga.first(), now);
    SagaInstance<S> started =
        new SagaInstance<>(
            id,
            saga.name(),
            saga.version(),
            work.state,
            work.step.name(),
            work.attempt,
            work.data,
            correlationId,
            0,
            work.deadline,
            now,
            now,
            work.stepStartedAt);
    SagaTransition history =
        new SagaTransition(
            id,
            Optional.empty(),
            Optional.empty(),
            started.state(),
            started.step(),
            "started",
            Optional.empty(),
            now);
    return new Transition<>(started, work.commands, history, true);
  }

  public <S extends Record> Transition<S> apply(
      Saga<S> saga, SagaInstance<S> instance, SagaInput input, Instant now) {
    if (instance.definitionVersion() != saga.version() || !instance.type().equals(saga.name())) {
      throw new IllegalArgumentException(
          "saga "
              + instance.id()
              + " follows "
              + instance.type()
              + " v"
              + instance.definitionVersion()
              + ", not "
              + saga);
    }
    SagaWork<S> work = new SagaWork<>(saga, instance);
    Optional<EventId> causeId = Optional.empty();
    String cause;
    switch (input) {
      case SagaInput.Reply reply -> {
        causeId = reply.eventId();
        cause = onReply(work, reply.reply(), now);
      }
      case SagaInput.Timeout timeout -> cause = onTimeout(work, timeout.deadline(), now);
      case SagaInput.OperatorRetry retry -> cause = onOperatorRetry(work, now);
    }
    boolean acted = work.acted;
    SagaInstance<S> after =
        acted
            ? new SagaInstance<>(
                instance.id(),
                instance.type(),
                instance.definitionVersion(),
                work.state,
                work.step.name(),
                work.attempt,
                work.data,
                instance.correlationId(),
                instance.lockVersion() + 1,
                work.deadline,
                instance.createdAt(),
                now,
                work.stepStartedAt)
            : instance;
    SagaTransition history =
        new SagaTransition(
            instance.id(),
            Optional.of(instance.state()),
            Optional.of(instance.step()),
            after.state(),
            after.step(),
            cause,
            causeId,
            now);
    return new Transition<>(after, work.commands, history, acted);
  }

  private <S extends Record> String onReply(SagaWork<S> work, Record reply, Instant now) {
    Class<? extends Record> type = reply.getClass();
    String name = type.getSimpleName();
    Step<S> step = work.step;
    if (work.state == SagaState.RUNNING && step.onSuccess().containsKey(type)) {
      work.data = step.onSuccess().get(type).apply(work.data, reply);
      work.acted = true;
      steps.advance(work, now);
      return "reply " + name + " completed step " + step.name();
    }
    if (work.state == SagaState.RUNNING && step.onFailure().containsKey(type)) {
      work.data = step.onFailure().get(type).apply(work.data, reply);
      work.acted = true;
      steps.compensate(work, work.saga.before(step), now);
      return "reply " + name + " failed step " + step.name();
    }
    if ((work.state == SagaState.COMPENSATING || work.state == SagaState.COMPENSATION_FAILED)
        && step.confirmsCompensation(type)) {
      work.acted = true;
      steps.compensate(work, work.saga.before(step), now);
      return "reply " + name + " confirmed the compensation of " + step.name();
    }
    return "ignored reply " + name + ": not awaited by " + work.state + " " + step.name();
  }

  private <S extends Record> String onTimeout(SagaWork<S> work, Instant deadline, Instant now) {
    if (work.deadline.isEmpty() || !work.deadline.get().equals(deadline)) {
      return "ignored deadline " + deadline + ": no longer awaited";
    }
    work.acted = true;
    Step<S> step = work.step;
    boolean retriesLeft = work.attempt < step.retry().attempts();
    if (work.state == SagaState.RUNNING) {
      if (step.isLocal()) {
        int attempt = work.attempt; // running the step moves the count on, or resets it
        steps.runLocalStep(work, now);
        return work.state == SagaState.COMPENSATING || work.state == SagaState.COMPENSATED
            ? "local step " + step.name() + " failed " + attempt + " times: compensating"
            : "retried local step " + step.name() + " (attempt " + attempt + ")";
      }
      if (retriesLeft && step.onTimeout() == TimeoutPolicy.RETRY_THEN_COMPENSATE) {
        work.attempt++;
        steps.sendStep(work, now);
        return "timeout: resent " + step.name() + " (attempt " + work.attempt + ")";
      }
      List<Step<S>> toUndo = new ArrayList<>();
      toUndo.add(step); // it may have been applied: its compensation must be harmless if not
      toUndo.addAll(work.saga.before(step));
      String gaveUp = "timeout: step " + step.name() + " gave up after " + work.attemptsSpent();
      steps.compensate(work, toUndo, now); // resets the attempt count for the first compensation
      return gaveUp;
    }
    // COMPENSATING: the compensation of the current step is late or its local action failed.
    if (retriesLeft) {
      work.attempt++;
      steps.issueCompensation(work, now);
      return work.state == SagaState.COMPENSATION_FAILED
          ? "the compensation of " + step.name() + " failed " + work.attempt + " times"
          : "retried the compensation of " + step.name() + " (attempt " + work.attempt + ")";
    }
    work.state = SagaState.COMPENSATION_FAILED;
    work.deadline = Optional.empty();
    return "the compensation of " + step.name() + " failed " + work.attempt + " times";
  }

  private <S extends Record> String onOperatorRetry(SagaWork<S> work, Instant now) {
    Step<S> step = work.step;
    work.acted = true;
    work.attempt = 1;
    switch (work.state) {
      case RUNNING -> {
        if (step.isLocal()) {
          steps.runLocalStep(work, now);
        } else {
          steps.sendStep(work, now);
        }
      }
      case COMPENSATING, COMPENSATION_FAILED -> {
        work.state = SagaState.COMPENSATING;
        steps.issueCompensation(work, now);
      }
      case COMPLETED, COMPENSATED ->
          throw new IllegalStateException(
              "saga " + work.id + " is " + work.state + "; only an unfinished saga can be retried");
    }
    return "operator retry of " + step.name();
  }
}
