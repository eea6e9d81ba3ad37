package dev.eventline.cli;

import dev.eventline.cli.client.OrderSystemClient;
import dev.eventline.cli.client.Saga;
import dev.eventline.cli.client.SagaQuery;
import dev.eventline.cli.client.SagaState;
import dev.eventline.cli.operations.Ages;
import dev.eventline.cli.operations.SagaTable;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eventline sagas list|show|retry}: inspect and unstick the order service's sagas. */
@Command(
    name = "sagas",
    mixinStandardHelpOptions = true,
    description = {
      "Lists, shows and retries the order service's sagas.",
      "Talks to the order service's admin API; needs a running './eventline up'."
    })
final class SagasCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists sagas, oldest first.")
  int list(
      @Mixin DataDirectory dataDirectory,
      @Option(
              names = "--state",
              paramLabel = "STATE",
              description = "Only in this state (repeatable): ${COMPLETION-CANDIDATES}.")
          List<SagaState> states,
      @Option(
              names = "--older-than",
              paramLabel = "AGE",
              description = "Only those created longer ago than AGE: 90s, 10m, 2h, 1d.")
          String olderThan,
      @Option(
              names = "--limit",
              paramLabel = "N",
              defaultValue = "100",
              description = "At most N sagas (default 100).")
          int limit) {
    if (limit < 1) {
      return usageError("--limit must be 1 or more, not " + limit);
    }
    SagaQuery query = SagaQuery.all().limit(limit).inStates(states == null ? List.of() : states);
    if (olderThan != null) {
      try {
        query = query.olderThan(Ages.parse(olderThan));
      } catch (IllegalArgumentException e) {
        return usageError("--older-than: " + e.getMessage());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    Optional<OrderSystemClient> client = OperatorSession.connect(dataDirectory.path(), out);
    if (client.isEmpty()) {
      return ExitCode.NOT_RUNNING;
    }
    SagaTable.list(client.get().admin().sagas(query), Instant.now(), out);
    return ExitCode.OK;
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows a saga and every line of its history.")
  int show(
      @Mixin DataDirectory dataDirectory,
      @Parameters(paramLabel = "ID", description = "The saga's id (the order's id).") UUID id) {
    PrintWriter out = spec.commandLine().getOut();
    Optional<OrderSystemClient> client = OperatorSession.connect(dataDirectory.path(), out);
    if (client.isEmpty()) {
      return ExitCode.NOT_RUNNING;
    }
    Optional<Saga> saga = client.get().admin().saga(id);
    if (saga.isEmpty()) {
      spec.commandLine().getErr().println("eventline: no saga " + id);
      return ExitCode.FAILED;
    }
    SagaTable.show(saga.get(), Instant.now(), out);
    return ExitCode.OK;
  }

  @Command(
      name = "retry",
      mixinStandardHelpOptions = true,
      description = {
        "Retries a stuck saga's current step, or its compensation, from attempt 1.",
        "Only an unfinished saga can be retried."
      })
  int retry(
      @Mixin DataDirectory dataDirectory,
      @Parameters(paramLabel = "ID", description = "The saga's id (the order's id).") UUID id) {
    PrintWriter out = spec.commandLine().getOut();
    Optional<OrderSystemClient> client = OperatorSession.connect(dataDirectory.path(), out);
    if (client.isEmpty()) {
      return ExitCode.NOT_RUNNING;
    }
    Saga saga = client.get().admin().retrySaga(id);
    out.printf(
        "Retried saga %s: now %s at %s, attempt %d.%n",
        saga.sagaId(), saga.state(), saga.step(), saga.attempt());
    return ExitCode.OK;
  }

  private int usageError(String message) {
    spec.commandLine().getErr().println("eventline: " + message);
    return ExitCode.USAGE;
  }
}
