package dev.eventline.cli.operations;

import dev.eventline.cli.client.Saga;
import dev.eventline.cli.client.SagaHistoryLine;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Prints sagas for {@code eventline sagas}: a list, or one saga with its history. */
public final class SagaTable {
  private SagaTable() {}

  public static void list(List<Saga> sagas, Instant now, PrintWriter out) {
    if (sagas.isEmpty()) {
      out.println("No sagas found.");
      return;
    }
    TextTable table = new TextTable("ID", "TYPE", "STATE", "STEP", "ATTEMPT", "CREATED", "UPDATED");
    for (Saga saga : sagas) {
      table.row(
          saga.sagaId().toString(),
          saga.type() + " v" + saga.definitionVersion(),
          saga.state().toString(),
          saga.step(),
          Integer.toString(saga.attempt()),
          Ages.since(saga.createdAt(), now),
          Ages.since(saga.updatedAt(), now));
    }
    table.print(out);
    out.printf("%d saga%s%n", sagas.size(), sagas.size() == 1 ? "" : "s");
  }

  public static void show(Saga saga, Instant now, PrintWriter out) {
    out.printf("Saga        %s (%s v%d)%n", saga.sagaId(), saga.type(), saga.definitionVersion());
    out.printf("State       %s at %s, attempt %d%n", saga.state(), saga.step(), saga.attempt());
    out.printf("Correlation %s%n", saga.correlationId());
    out.printf("Created     %s (%s)%n", time(saga.createdAt()), Ages.since(saga.createdAt(), now));
    out.printf("Updated     %s (%s)%n", time(saga.updatedAt()), Ages.since(saga.updatedAt(), now));
    out.printf(
        "Deadline    %s%n",
        saga.nextDeadline().map(at -> time(at) + " (" + Ages.since(at, now) + ")").orElse("none"));
    out.println();
    TextTable history = new TextTable("AT", "FROM", "TO", "CAUSE");
    for (SagaHistoryLine line : saga.history()) {
      history.row(
          time(line.at()),
          line.from().map(state -> state + " " + line.fromStep()).orElse("-"),
          line.toState() + " " + line.toStep(),
          line.cause() == null ? "-" : line.cause());
    }
    history.print(out);
  }

  private static String time(Instant instant) {
    return instant == null ? "-" : instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
