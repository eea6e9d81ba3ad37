package dev.eventline.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromqlNamesTest {
  @Test
  void readsTheNameOfAPlainSelector() {
    assertThat(PromqlNames.in("up")).containsExactly("up");
  }

  @Test
  void leavesOutLabelMatchersAndTheirValues() {
    assertThat(
            PromqlNames.in(
                "http_server_requests_seconds_count{status=~\"5..\", uri=\"/api/orders/{id}\"}"))
        .containsExactly("http_server_requests_seconds_count");
  }

  @Test
  void leavesOutFunctionsAggregationsAndTheirGroupingLabels() {
    assertThat(
            PromqlNames.in(
                "histogram_quantile(0.99, sum by (le, service) (rate(latency_bucket[5m])))"
                    + " + sum(rate(other_total[1m])) without (instance)"))
        .containsExactly("latency_bucket", "other_total");
  }

  @Test
  void readsBothSidesOfOperatorsAndVectorMatching() {
    assertThat(
            PromqlNames.in(
                "a / on (service) group_left (type) b unless ignoring(x) c > bool 5 or d and e"))
        .containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void leavesOutNumbersDurationsAndOffsets() {
    assertThat(PromqlNames.in("x unless x offset 15m > 1e3 * .5 + 0x1f - Inf"))
        .containsExactly("x");
  }

  @Test
  void leavesOutGrafanaVariables() {
    assertThat(
            PromqlNames.in(
                "sum(increase(dead_letters_total{service=~\"$service\"}[$__rate_interval]))"
                    + " * ${factor} / $scale"))
        .containsExactly("dead_letters_total");
  }

  @Test
  void readsANameGivenAsTheNameLabel() {
    assertThat(PromqlNames.in("{__name__=\"eventline_saga_stuck\", type=\"place-order\"} > 0"))
        .containsExactly("eventline_saga_stuck");
  }

  @Test
  void readsKeywordsWhateverTheirCase() {
    assertThat(PromqlNames.in("SUM BY (topic) (lag) > BOOL 0")).containsExactly("lag");
  }
}
