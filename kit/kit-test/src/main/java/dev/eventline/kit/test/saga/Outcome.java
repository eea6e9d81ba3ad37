package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.SagaCommand;
import dev.eventline.kit.saga.Transition;
import java.util.List;

/**
 * What the last stimulus of a {@link SagaScenario} did: the commands it sent, whether the saga
 * acted on it, or why the machine refused it; and the start of every failure message about it.
 */
record Outcome(
    String stimulus, List<SagaCommand> commands, boolean acted, RuntimeException refusal) {
  static Outcome of(String stimulus, Transition<?> transition) {
    return new Outcome(stimulus, transition.commands(), transition.acted(), null);
  }

  static Outcome refused(String stimulus, RuntimeException refusal) {
    return new Outcome(stimulus, List.of(), false, refusal);
  }

  static Outcome loaded() {
    return new Outcome("it was loaded", List.of(), true, null);
  }

  boolean wasRefused() {
    return refusal != null;
  }

  boolean sentOnly(Record command) {
    return commands.size() == 1 && commands.getFirst().command().equals(command);
  }

  /** "Expecting the saga to ...: expected, after the stimulus," */
  String expecting(String what, Object expected) {
    return "Expecting the saga " + what + ":\n  " + expected + "\nafter " + stimulus + ",\n";
  }

  /** "but it sent: ...", on a line of its own. */
  String sent() {
    return "but it sent:\n" + (commands.isEmpty() ? "  nothing" : SagaStory.commands(commands));
  }
}
