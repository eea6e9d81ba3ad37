package dev.eventline.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusFrameTest {
  private static final KafkaFigures NO_TOPICS = new KafkaFigures.Read(List.of(), List.of());

  @Test
  void drawsEverySectionAlignedUnderItsHeaders() {
    StatusFigures figures =
        new StatusFigures(
            List.of(
                serving(
                    "orders",
                    """
                    eventline_outbox_backlog{service="orders"} 3
                    eventline_outbox_oldest_age_seconds{service="orders"} 1.25
                    eventline_saga_in_flight{service="orders",type="place-order"} 4
                    eventline_saga_stuck{service="orders",type="place-order"} 1
                    """),
                serving(
                    "payments",
                    """
                    eventline_outbox_backlog{service="payments"} 0
                    eventline_outbox_oldest_age_seconds{service="payments"} 0
                    """)),
            new KafkaFigures.Read(
                List.of(
                    new ConsumerLag(
                        "orders", Map.of("payments.completed", 2L, "inventory.reserved", 0L)),
                    new ConsumerLag("payments", Map.of("payments.commands", 0L))),
                List.of(new DeadLetterCount("payments.commands.dlq", 1))));

    assertThat(StatusFrame.render(figures))
        .isEqualTo(
            """
            Services        health   outbox backlog   oldest waiting
              orders        UP       3                1.3s
              payments      UP       0                0.0s

            Consumer lag    group      topic                lag
                            orders     inventory.reserved   0
                            orders     payments.completed   2
                            payments   payments.commands    0

            Sagas           in flight   stuck
              place-order   4           1

            Dead letters    topic                   records
                            payments.commands.dlq   1
            """);
  }

  @Test
  void aServiceThatDoesNotAnswerSaysSoOnItsOwnLine() {
    StatusFigures figures =
        new StatusFigures(
            List.of(
                serving("orders", "eventline_outbox_backlog 0\n"),
                new ServiceFigures(
                    "payments",
                    new ServiceHealth.Unanswered("connection refused"),
                    new ServiceMetrics.Unscraped("connection refused"))),
            NO_TOPICS);

    assertThat(StatusFrame.render(figures))
        .contains("  orders       UP          0                -\n")
        .contains(
            "  payments     no answer   -                -                connection refused\n");
  }

  @Test
  void aServiceWithoutOutboxFiguresShowsDashesAndWhy() {
    StatusFigures figures =
        new StatusFigures(
            List.of(
                serving("inventory", "jvm_threads_live_threads 30\n"),
                new ServiceFigures(
                    "payments",
                    new ServiceHealth.Reported("DOWN"),
                    new ServiceMetrics.Unscraped("/actuator/prometheus answered HTTP 404"))),
            NO_TOPICS);

    assertThat(StatusFrame.render(figures))
        .contains(
            "inventory    UP       -                -                no eventline_outbox_backlog")
        .contains(
            "payments     DOWN     -                -                /actuator/prometheus answered HTTP 404");
  }

  @Test
  void theGatewayIsListedWithItsHealthAndNoOutbox() {
    StatusFigures figures =
        new StatusFigures(
            List.of(
                serving("orders", "eventline_outbox_backlog 2\n"),
                serving("gateway", "jvm_threads_live_threads 30\n")),
            NO_TOPICS);

    assertThat(StatusFrame.render(figures))
        .contains("gateway      UP       -                -                the front door")
        .doesNotContain("gateway      UP       -                -                no eventline");
  }

  @Test
  void sagasSayWhyTheyHaveNoFiguresWhenTheOrderServiceIsNotRead() {
    StatusFigures figures =
        new StatusFigures(
            List.of(
                new ServiceFigures(
                    "orders",
                    new ServiceHealth.Unanswered("connection refused"),
                    new ServiceMetrics.Unscraped("connection refused"))),
            NO_TOPICS);

    assertThat(StatusFrame.render(figures))
        .contains("Sagas          no figures (no metrics from orders)");
  }

  @Test
  void kafkaThatDoesNotAnswerIsSaidForLagAndDeadLettersAlike() {
    String frame =
        StatusFrame.render(
            new StatusFigures(List.of(), new KafkaFigures.Unanswered("no answer within 5 s")));

    assertThat(frame)
        .contains("Consumer lag   Kafka does not answer: no answer within 5 s\n")
        .contains("Dead letters   Kafka does not answer: no answer within 5 s\n")
        .contains("Services       none run from this directory, only Kafka and PostgreSQL\n");
  }

  @Test
  void aGroupThatCommittedNothingIsListedAsSuch() {
    String frame =
        StatusFrame.render(
            new StatusFigures(
                List.of(),
                new KafkaFigures.Read(List.of(new ConsumerLag("fresh", Map.of())), List.of())));

    assertThat(frame).contains("fresh   -       -     nothing committed yet");
  }

  @Test
  void countsAreWholeNumbersAndUnknownWhenTheServiceCouldNotCount() {
    assertThat(StatusFrame.count(java.util.OptionalDouble.of(12))).isEqualTo("12");
    assertThat(StatusFrame.count(java.util.OptionalDouble.of(Double.NaN))).isEqualTo("unknown");
    assertThat(StatusFrame.count(java.util.OptionalDouble.empty())).isEqualTo("-");
  }

  @Test
  void agesReadInTheirLargestUnits() {
    assertThat(StatusFrame.age(java.util.OptionalDouble.of(0.04))).isEqualTo("0.0s");
    assertThat(StatusFrame.age(java.util.OptionalDouble.of(303))).isEqualTo("5m 3s");
    assertThat(StatusFrame.age(java.util.OptionalDouble.of(7_500))).isEqualTo("2h 5m");
  }

  private static ServiceFigures serving(String service, String scrape) {
    return new ServiceFigures(
        service,
        new ServiceHealth.Reported("UP"),
        new ServiceMetrics.Scraped(Scrape.parse(scrape)));
  }
}
