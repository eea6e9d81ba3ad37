package dev.eventline.cli;

import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.cli.client.ReplayedDeadLetter;
import dev.eventline.cli.operations.DeadLetterTable;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventline dlq list|replay}: the dead letters of the order service's topics. */
@Command(
    name = "dlq",
    mixinStandardHelpOptions = true,
    description = {
      "Lists and replays the dead letters of the order service's topics.",
      "Talks to the order service's admin API; needs a running './eventline up'."
    })
final class DlqCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists dead letters, oldest first: id, reason, event type, when, detail.")
  int list(
      @Mixin DataDirectory dataDirectory,
      @Option(
              names = "--topic",
              paramLabel = "TOPIC",
              description = "Only this topic's, e.g. payments.completed (or its .dlq).")
          String topic,
      @Option(
              names = "--limit",
              paramLabel = "N",
              defaultValue = "50",
              description = "At most N dead letters (default 50).")
          int limit) {
    if (limit < 1) {
      return usageError("--limit must be 1 or more, not " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    Optional<OrderSystemClient> client = OperatorSession.connect(dataDirectory.path(), out);
    if (client.isEmpty()) {
      return ExitCode.NOT_RUNNING;
    }
    DeadLetterTable.print(
        client.get().admin().deadLetters(Optional.ofNullable(topic), limit), Instant.now(), out);
    return ExitCode.OK;
  }

  @Command(
      name = "replay",
      mixinStandardHelpOptions = true,
      description = {
        "Sends a dead letter back to the topic it came from, unchanged.",
        "Replay cannot apply an effect twice: consumers skip an event id they applied."
      })
  int replay(
      @Mixin DataDirectory dataDirectory,
      @Parameters(
              paramLabel = "ID",
              description =
                  "The dead letter's id as 'dlq list' shows it, e.g. orders.created.dlq:2:17")
          String id) {
    PrintWriter out = spec.commandLine().getOut();
    Optional<OrderSystemClient> client = OperatorSession.connect(dataDirectory.path(), out);
    if (client.isEmpty()) {
      return ExitCode.NOT_RUNNING;
    }
    ReplayedDeadLetter replayed = client.get().admin().replayDeadLetter(id);
    ReplayedDeadLetter.Target to = replayed.replayedTo();
    out.printf(
        "Replayed %s to %s, partition %d, offset %d.%n",
        replayed.id(), to.topic(), to.partition(), to.offset());
    return ExitCode.OK;
  }

  private int usageError(String message) {
    spec.commandLine().getErr().println("eventline: " + message);
    return ExitCode.USAGE;
  }
}
