package dev.eventline.cli.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.cli.client.DeadLetterEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLetterTableTest {
  private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

  @Test
  void listsIdReasonEventTypeWhenAndDetailInColumns() {
    List<DeadLetterEntry> letters =
        List.of(
            new DeadLetterEntry(
                "payments.completed.dlq:0:0",
                "payments.completed.dlq",
                "0190d0c4-7e8e-7000-8000-000000000001",
                "dev.eventline.payments.PaymentSucceeded",
                "BAD_SIGNATURE",
                "unsigned",
                NOW.minusSeconds(125)),
            new DeadLetterEntry(
                "orders.created.dlq:2:17",
                "orders.created.dlq",
                null,
                null,
                "UNDECODABLE",
                "not a CloudEvent in binary mode: header ce_id has no value, and a lot more text after"
                    + " it",
                NOW.minusSeconds(7_200)));

    assertThat(printed(letters))
        .isEqualTo(
            """
            ID                          REASON         EVENT TYPE                               WHEN    DETAIL
            payments.completed.dlq:0:0  BAD_SIGNATURE  dev.eventline.payments.PaymentSucceeded  2m ago  unsigned
            orders.created.dlq:2:17     UNDECODABLE    -                                        2h ago  not a CloudEvent in binary mode: header ce_id has no valu...
            2 dead letters; replay one with: ./eventline dlq replay <ID>
            """);
  }

  @Test
  void saysSoWhenThereAreNone() {
    assertThat(printed(List.of())).isEqualTo("No dead letters.\n");
  }

  private static String printed(List<DeadLetterEntry> letters) {
    StringWriter text = new StringWriter();
    DeadLetterTable.print(letters, NOW, new PrintWriter(text, true));
    return text.toString().replace(System.lineSeparator(), "\n");
  }
}
