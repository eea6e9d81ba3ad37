package dev.eventline.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One small comparison, run once for the class; its figures are checked, never its speed. */
@RealInfrastructure
class RelayComparisonIntegrationTest {
  private static final ComparisonSettings SMALL =
      ComparisonSettings.DEFAULT
          .withBacklog(400)
          .withWrites(40, Duration.ofMillis(1500))
          .withPollInterval(Duration.ofMillis(100));

  private static Comparison comparison;

  private final TestDatabase database;
  private final TestKafka kafka;

  RelayComparisonIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.database = database;
    this.kafka = kafka;
  }

  @BeforeAll
  static void compare(TestDatabase database, TestKafka kafka) throws Exception {
    comparison = new RelayComparison(database.login(), kafka.bootstrapServers()).compare(SMALL);
  }

  @Test
  void eventlinesRelayPublishesEveryRowOnceInKeyOrder() {
    Delivery delivery = comparison.eventline().delivery();

    assertThat(delivery.written()).isEqualTo(SMALL.backlog() + SMALL.latencyRows());
    assertThat(delivery.published()).isEqualTo(delivery.written());
    assertThat(delivery.duplicates()).isZero();
    assertThat(delivery.missing()).isZero();
    assertThat(delivery.outOfKeyOrder()).isZero();
    assertThat(delivery.exactlyOnceInKeyOrder()).isTrue();
  }

  @Test
  void theNaiveRelayPublishesEveryRowOnceInKeyOrder() {
    Delivery delivery = comparison.naive().delivery();

    assertThat(delivery.written()).isEqualTo(SMALL.backlog() + SMALL.latencyRows());
    assertThat(delivery.published()).isEqualTo(delivery.written());
    assertThat(delivery.exactlyOnceInKeyOrder()).isTrue();
  }

  @Test
  void measuresEachRelayOnTheSameWork() {
    for (RelayFigures figures : List.of(comparison.eventline(), comparison.naive())) {
      assertThat(figures.backlog()).isEqualTo(400);
      assertThat(figures.drainTime()).isPositive();
      assertThat(figures.drainRowsPerSecond())
          .isPositive()
          .isCloseTo(400 / (figures.drainTime().toNanos() / 1e9), within(1e-6));
      assertThat(figures.writeRate()).isPositive();
      assertThat(figures.latency().samples()).isEqualTo(SMALL.latencyRows()).isEqualTo(60);
      assertThat(figures.latency().p99()).isGreaterThanOrEqualTo(figures.latency().p50());
      assertThat(figures.latency().max()).isGreaterThanOrEqualTo(figures.latency().p99());
    }
    assertThat(comparison.eventline().relay()).isEqualTo(Relay.EVENTLINE);
    assertThat(comparison.naive().relay()).isEqualTo(Relay.NAIVE);
  }

  @Test
  void givesEachRatioAsEventlinesFigureOverTheNaiveOne() {
    RelayFigures eventline = comparison.eventline();
    RelayFigures naive = comparison.naive();

    assertThat(comparison.drainRatio())
        .isPositive()
        .isCloseTo(eventline.drainRowsPerSecond() / naive.drainRowsPerSecond(), within(1e-9));
    assertThat(comparison.latencyP50Ratio())
        .isCloseTo(
            (double) eventline.latency().p50().toNanos() / naive.latency().p50().toNanos(),
            within(1e-9));
    assertThat(comparison.latencyP99Ratio())
        .isCloseTo(
            (double) eventline.latency().p99().toNanos() / naive.latency().p99().toNanos(),
            within(1e-9));
  }

  @Test
  void removesItsScratchSchemasAndTopics() throws Exception {
    List<String> schemas = new ArrayList<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'bench\\_%'")) {
      while (rows.next()) {
        schemas.add(rows.getString(1));
      }
    }
    Set<String> topics;
    try (Admin admin =
        Admin.create(
            Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
    }

    assertThat(schemas).isEmpty();
    assertThat(topics).noneMatch(topic -> topic.startsWith("bench.relay."));
  }
}
