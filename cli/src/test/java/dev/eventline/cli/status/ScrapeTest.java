package dev.eventline.cli.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScrapeTest {

  @Test
  void readsSamplesAndSkipsCommentsHelpAndTypeLines() {
    Scrape scrape =
        Scrape.parse(
            """
            # HELP eventline_outbox_backlog outbox rows waiting to be published
            # TYPE eventline_outbox_backlog gauge
            eventline_outbox_backlog{service="orders"} 3.0
            # a comment of no kind
            process_uptime_seconds 1234.5

            # EOF
            """);

    assertThat(scrape.samples())
        .containsExactly(
            new Sample("eventline_outbox_backlog", Map.of("service", "orders"), 3.0),
            new Sample("process_uptime_seconds", Map.of(), 1234.5));
  }

  @Test
  void undoesTheEscapesOfQuotesBackslashesAndLineFeedsInLabelValues() {
    Sample sample =
        Scrape.parse(
                """
                http_server_requests_seconds_count{exception="Bad \\"quote\\"",path="C:\\\\x",\
                msg="one\\ntwo"} 2
                """)
            .samples()
            .getFirst();

    assertThat(sample.labels())
        .containsEntry("exception", "Bad \"quote\"")
        .containsEntry("path", "C:\\x")
        .containsEntry("msg", "one\ntwo");
  }

  @Test
  void keepsCommasBracesAndEqualsInsideQuotedLabelValues() {
    Sample sample = Scrape.parse("m{uri=\"/a,b{c}=d\",b=\"\"} 1").samples().getFirst();

    assertThat(sample.labels()).isEqualTo(Map.of("uri", "/a,b{c}=d", "b", ""));
  }

  @Test
  void readsInfinitiesNaNAndExponents() {
    Scrape scrape =
        Scrape.parse(
            """
            le_bucket{le="+Inf"} +Inf
            down -Inf
            unknown NaN
            small 1.5e-05
            """);

    assertThat(scrape.samples())
        .extracting(Sample::value)
        .containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.5e-05);
    assertThat(scrape.samples().getFirst().label("le")).contains("+Inf");
  }

  @Test
  void acceptsATimestampATrailingCommaBlanksAndCarriageReturns() {
    Scrape scrape = Scrape.parse("a{x=\"1\",} 7 1712345678901\r\n\tb { y = \"2\" }  8\r\n");

    assertThat(scrape.samples())
        .containsExactly(
            new Sample("a", Map.of("x", "1"), 7), new Sample("b", Map.of("y", "2"), 8));
  }

  @Test
  void totalsAddEverySampleOfANameWhateverItsLabels() {
    Scrape scrape =
        Scrape.parse(
            """
            eventline_saga_in_flight{service="orders",type="place-order"} 2
            eventline_saga_in_flight{service="orders",type="refund"} 1
            eventline_saga_in_flight{service="orders",type="place-order"} 3
            eventline_saga_in_flight_total 100
            """);

    assertThat(scrape.total("eventline_saga_in_flight")).hasValue(6);
    assertThat(scrape.total("eventline_saga_stuck")).isEmpty();
    assertThat(scrape.totalsBy("eventline_saga_in_flight", "type"))
        .containsExactly(Map.entry("place-order", 5.0), Map.entry("refund", 1.0));
  }

  @Test
  void aLineThatIsNoSampleIsRefusedNamingItsLineNumber() {
    assertThatThrownBy(() -> Scrape.parse("# fine\nok 1\nbroken{a=\"1\" 2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 3: ")
        .hasMessageContaining("expected ',' or '}'");
  }

  @Test
  void aValueThatIsNoNumberIsRefused() {
    assertThatThrownBy(() -> Scrape.parse("m{a=\"b\"} many"))
        .hasMessageContaining("'many' is not a number");
  }

  @Test
  void anUnclosedLabelValueIsRefused() {
    assertThatThrownBy(() -> Scrape.parse("m{a=\"b} 1"))
        .hasMessageContaining("without its closing quote");
  }

  @Test
  void aSampleWithoutAValueIsRefused() {
    assertThatThrownBy(() -> Scrape.parse("lonely_name")).hasMessageContaining("expected a value");
  }

  @Test
  void anythingAfterTheTimestampIsRefused() {
    assertThatThrownBy(() -> Scrape.parse("m 1 2 3")).hasMessageContaining("after the timestamp");
  }
}
