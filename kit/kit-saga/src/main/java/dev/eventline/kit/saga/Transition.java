package dev.eventline.kit.saga;

import java.util.List;

/**
 * What one input does to one saga instance: the instance after it, the commands to send (through
 * the outbox, in the same transaction), and the history line. {@code acted} is false when the input
 * was only recorded (late, duplicate or stale); the instance is then unchanged.
 */
public record Transition<S extends Record>(
    SagaInstance<S> instance, List<SagaCommand> commands, SagaTransition history, boolean acted) {
  public Transition {
    commands = List.copyOf(commands);
  }
}
