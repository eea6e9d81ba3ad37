package dev.eventline.cli.operations;

import dev.eventline.cli.client.DeadLetterEntry;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/** Prints dead letters for {@code eventline dlq list}: where, why, what and when. */
public final class DeadLetterTable {
  private static final int DETAIL = 60;

  private DeadLetterTable() {}

  public static void print(List<DeadLetterEntry> deadLetters, Instant now, PrintWriter out) {
    if (deadLetters.isEmpty()) {
      out.println("No dead letters.");
      return;
    }
    TextTable table = new TextTable("ID", "REASON", "EVENT TYPE", "WHEN", "DETAIL");
    for (DeadLetterEntry letter : deadLetters) {
      table.row(
          letter.id(),
          orDash(letter.reason()),
          orDash(letter.eventType()),
          Ages.since(letter.failedAt(), now),
          shorten(orDash(letter.detail())));
    }
    table.print(out);
    out.printf(
        "%d dead letter%s; replay one with: ./eventline dlq replay <ID>%n",
        deadLetters.size(), deadLetters.size() == 1 ? "" : "s");
  }

  private static String orDash(String text) {
    return text == null || text.isBlank() ? "-" : text.strip().replaceAll("\\s+", " ");
  }

  private static String shorten(String text) {
    return text.length() <= DETAIL ? text : text.substring(0, DETAIL - 3) + "...";
  }
}
