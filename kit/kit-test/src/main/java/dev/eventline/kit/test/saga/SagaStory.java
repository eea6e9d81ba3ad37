package dev.eventline.kit.test.saga;

import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaCommand;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaTransition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a saga did, told for a failure message: where it stands, then its history line by line. */
final class SagaStory {
  private SagaStory() {}

  static String of(
      Saga<?> saga, SagaInstance<?> instance, List<SagaTransition> history, Instant start) {
    StringBuilder story = new StringBuilder();
    story
        .append("The saga ")
        .append(saga)
        .append(' ')
        .append(instance.id())
        .append(" is ")
        .append(instance.state())
        .append(" at step ")
        .append(instance.step())
        .append(" (attempt ")
        .append(instance.attempt())
        .append(", ")
        .append(instance.deadline().map(d -> "deadline " + since(start, d)).orElse("no deadline"))
        .append(")\nwith data ")
        .append(instance.data())
        .append("\nHistory:");
    if (history.isEmpty()) {
      story.append(" (none in this scenario)");
    }
    for (SagaTransition line : history) {
      story.append("\n  ").append(line(line, start));
    }
    return story.toString();
  }

  /** "+1.5s RUNNING a -> RUNNING b: reply X completed step a". */
  static String line(SagaTransition line, Instant start) {
    return String.format(Locale.ROOT, "%-8s %s", since(start, line.at()), move(line));
  }

  /** "RUNNING a -> RUNNING b: reply X completed step a". */
  static String move(SagaTransition line) {
    String from =
        line.fromState().map(state -> state + " " + line.fromStep().orElse("") + " ").orElse("");
    return from + "-> " + line.toState() + " " + line.toStep() + ": " + line.cause();
  }

  static String commands(List<SagaCommand> commands) {
    return commands.stream()
        .map(
            c ->
                "  "
                    + c.command()
                    + (c.compensation() ? " (compensation of " : " (step ")
                    + c.step()
                    + ")")
        .collect(Collectors.joining("\n"));
  }

  /** "+1m30s": how long after {@code start}. */
  static String since(Instant start, Instant at) {
    Duration elapsed = Duration.between(start, at);
    return (elapsed.isNegative() ? "-" : "+") + duration(elapsed.abs());
  }

  /** "1m30s", "2.5s". */
  static String duration(Duration duration) {
    return duration.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
