package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaCommand;
import dev.eventline.kit.saga.Step;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The services a saga talks to, keeping the participant contract around each {@link Participant}:
 * at most one effect per idempotency key, the first answer repeated for a repeat, a compensation
 * that undoes only what was applied, and an action refused once its compensation came first.
 */
final class SimulatedParticipants {
  private final Saga<?> saga;
  private final Map<Class<?>, Participant<?>> participants;
  private final Ledger ledger;
  private final Dice dice;
  private final Counts counts;
  private final Map<String, Record> answers = new HashMap<>();

  SimulatedParticipants(
      Saga<?> saga,
      Map<Class<?>, Participant<?>> participants,
      Ledger ledger,
      Dice dice,
      Counts counts) {
    this.saga = saga;
    this.participants = participants;
    this.ledger = ledger;
    this.dice = dice;
    this.counts = counts;
  }

  /** Handles {@code command}; the reply to send, or none when the action is refused. */
  Optional<Record> handle(SagaCommand command) {
    Record earlier = answers.get(command.idempotencyKey());
    if (earlier != null) {
      return Optional.of(earlier);
    }
    Ledger.Effects effects = ledger.of(command.step());
    if (!command.compensation() && effects.compensationCameFirst) {
      counts.add(Figure.REFUSED_ACTIONS);
      return Optional.empty();
    }
    Record answer = participantFor(command).answer(command.command(), dice);
    if (command.compensation()) {
      if (effects.stillApplied()) {
        ledger.compensated(command.step());
      } else {
        ledger.compensatedFirst(command.step());
      }
    } else if (completes(command, answer)) {
      ledger.applied(command.step());
    }
    answers.put(command.idempotencyKey(), answer);
    return Optional.of(answer);
  }

  @SuppressWarnings("unchecked")
  private Participant<Record> participantFor(SagaCommand command) {
    Participant<?> participant = participants.get(command.command().getClass());
    if (participant == null) {
      String type = command.command().getClass().getSimpleName();
      throw new IllegalStateException(
          "no participant answers "
              + type
              + " ("
              + (command.compensation() ? "the compensation of " : "")
              + "step "
              + command.step()
              + "): add .participant("
              + type
              + ".class, (command, dice) -> ...) to the simulation");
    }
    return (Participant<Record>) participant;
  }

  /** Whether {@code answer} completes the step (applied) or fails it (nothing applied). */
  private boolean completes(SagaCommand command, Record answer) {
    Step<?> step = saga.step(command.step());
    if (step.onSuccess().containsKey(answer.getClass())) {
      return true;
    }
    if (step.onFailure().containsKey(answer.getClass())) {
      return false;
    }
    throw new IllegalStateException(
        "the participant of "
            + command.command().getClass().getSimpleName()
            + " answered "
            + answer
            + ", which step "
            + step.name()
            + " neither completes nor fails with");
  }
}
