package dev.eventline.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One small comparison, run once for the class; its figures are checked, never its speed. */
@RealInfrastructure
class ConsumptionComparisonIntegrationTest {
  private static final ConsumptionSettings SMALL =
      ConsumptionSettings.DEFAULT.withEvents(600).withRecordsPerTransaction(50);

  private static ConsumptionComparison.Result result;

  private final TestDatabase database;
  private final TestKafka kafka;

  ConsumptionComparisonIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.database = database;
    this.kafka = kafka;
  }

  @BeforeAll
  static void compare(TestDatabase database, TestKafka kafka) throws Exception {
    result = new ConsumptionComparison(database.login(), kafka.bootstrapServers()).compare(SMALL);
  }

  @Test
  void bothModesApplyEveryEventExactlyOnceInKeyOrder() {
    for (ConsumptionFigures figures : List.of(result.perRecord(), result.grouped())) {
      assertThat(figures.events()).isEqualTo(600);
      assertThat(figures.rows().inbox()).isEqualTo(600);
      assertThat(figures.rows().sagaVersions()).isEqualTo(600);
      assertThat(figures.rows().outbox()).isEqualTo(600);
      assertThat(figures.exactlyOnce()).isTrue();
      assertThat(figures.outOfKeyOrder()).isZero();
      assertThat(figures.inKeyOrder()).isTrue();
    }
  }

  @Test
  void theGroupedModeCommitsFewerTimesThanItHasEventsAndThePerRecordModeOncePerEvent() {
    assertThat(result.perRecord().recordsPerTransaction()).isEqualTo(1);
    assertThat(result.perRecord().commits()).isEqualTo(600);
    assertThat(result.grouped().recordsPerTransaction()).isEqualTo(50);
    assertThat(result.grouped().commits()).isPositive().isLessThan(600);
  }

  @Test
  void givesEachRateAsItsEventsOverItsTimeAndTheRatioAsGroupedOverPerRecord() {
    for (ConsumptionFigures figures : List.of(result.perRecord(), result.grouped())) {
      assertThat(figures.elapsed()).isPositive();
      assertThat(figures.recordsPerSecond())
          .isPositive()
          .isCloseTo(600 / (figures.elapsed().toNanos() / 1e9), within(1e-6));
    }
    assertThat(result.throughputRatio())
        .isPositive()
        .isCloseTo(
            result.grouped().recordsPerSecond() / result.perRecord().recordsPerSecond(),
            within(1e-9));
    assertThat(result.settings()).isEqualTo(SMALL);
  }

  @Test
  void timesEveryAppliedEventFromItsPollToItsCommitAndComparesThePercentiles() {
    for (ConsumptionFigures figures : List.of(result.perRecord(), result.grouped())) {
      assertThat(figures.pollToCommit().samples()).isEqualTo(600);
      assertThat(figures.pollToCommit().p50()).isPositive();
      assertThat(figures.pollToCommit().p99()).isGreaterThanOrEqualTo(figures.pollToCommit().p50());
    }
    assertThat(result.latencyP50Ratio())
        .isCloseTo(
            (double) result.grouped().pollToCommit().p50().toNanos()
                / result.perRecord().pollToCommit().p50().toNanos(),
            within(1e-9));
  }

  @Test
  void removesItsScratchSchemasTopicsAndConsumerGroups() throws Exception {
    List<String> schemas = new ArrayList<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'bench\\_consumption\\_%'")) {
      while (rows.next()) {
        schemas.add(rows.getString(1));
      }
    }
    Set<String> topics;
    Collection<ConsumerGroupListing> groups;
    try (Admin admin =
        Admin.create(
            Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS);
    }

    assertThat(schemas).isEmpty();
    assertThat(topics).noneMatch(topic -> topic.startsWith("bench.consumption"));
    assertThat(groups).noneMatch(group -> group.groupId().startsWith("bench-consumption"));
  }
}
