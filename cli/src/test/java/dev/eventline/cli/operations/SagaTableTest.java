package dev.eventline.cli.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.cli.client.Saga;
import dev.eventline.cli.client.SagaHistoryLine;
import dev.eventline.cli.client.SagaState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SagaTableTest {
  private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
  private static final UUID ID = UUID.fromString("0190d0c4-7e8e-7000-8000-000000000001");

  private static final Saga STUCK =
      new Saga(
          ID,
          "place-order",
          1,
          SagaState.COMPENSATION_FAILED,
          "charge-payment",
          3,
          "demo-17",
          NOW.minusSeconds(900),
          NOW.minusSeconds(600),
          null,
          List.of(
              new SagaHistoryLine(
                  null,
                  null,
                  SagaState.RUNNING,
                  "charge-payment",
                  "started",
                  null,
                  NOW.minusSeconds(900)),
              new SagaHistoryLine(
                  SagaState.RUNNING,
                  "charge-payment",
                  SagaState.COMPENSATING,
                  "charge-payment",
                  "timeout: step charge-payment gave up after 3 attempts",
                  null,
                  NOW.minusSeconds(800)),
              new SagaHistoryLine(
                  SagaState.COMPENSATING,
                  "charge-payment",
                  SagaState.COMPENSATION_FAILED,
                  "charge-payment",
                  "the compensation of charge-payment failed 3 times",
                  null,
                  NOW.minusSeconds(600))));

  @Test
  void listsOneSagaALine() {
    assertThat(list(List.of(STUCK)))
        .isEqualTo(
            """
            ID                                    TYPE            STATE                STEP            ATTEMPT  CREATED  UPDATED
            0190d0c4-7e8e-7000-8000-000000000001  place-order v1  COMPENSATION_FAILED  charge-payment  3        15m ago  10m ago
            1 saga
            """);
  }

  @Test
  void saysSoWhenNoSagaMatches() {
    assertThat(list(List.of())).isEqualTo("No sagas found.\n");
  }

  @Test
  void showsASagaAndEveryLineOfItsHistory() {
    StringWriter text = new StringWriter();
    SagaTable.show(STUCK, NOW, new PrintWriter(text, true));

    assertThat(text.toString().replace(System.lineSeparator(), "\n"))
        .isEqualTo(
            """
            Saga        0190d0c4-7e8e-7000-8000-000000000001 (place-order v1)
            State       COMPENSATION_FAILED at charge-payment, attempt 3
            Correlation demo-17
            Created     2026-11-02T09:45:00Z (15m ago)
            Updated     2026-11-02T09:50:00Z (10m ago)
            Deadline    none

            AT                    FROM                         TO                                  CAUSE
            2026-11-02T09:45:00Z  -                            RUNNING charge-payment              started
            2026-11-02T09:46:40Z  RUNNING charge-payment       COMPENSATING charge-payment         timeout: step charge-payment gave up after 3 attempts
            2026-11-02T09:50:00Z  COMPENSATING charge-payment  COMPENSATION_FAILED charge-payment  the compensation of charge-payment failed 3 times
            """);
  }

  private static String list(List<Saga> sagas) {
    StringWriter text = new StringWriter();
    SagaTable.list(sagas, NOW, new PrintWriter(text, true));
    return text.toString().replace(System.lineSeparator(), "\n");
  }
}
