package dev.eventline.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Short runs on four clients; the figures are checked against the tables, never for speed. */
@RealInfrastructure
class DatabaseCeilingIntegrationTest {
  private static final CeilingSettings SHORT =
      CeilingSettings.DEFAULT
          .withClients(4)
          .withWarmUp(Duration.ofMillis(300))
          .withDuration(Duration.ofSeconds(1));

  private static Ceiling oneStepEach;

  private final TestDatabase database;

  DatabaseCeilingIntegrationTest(TestDatabase database) {
    this.database = database;
  }

  @BeforeAll
  static void measure(TestDatabase database) throws Exception {
    oneStepEach = new DatabaseCeiling(database.login()).measure(SHORT);
  }

  @Test
  void commitsEveryStepItCountsAsRowsInItsScratchTables() {
    assertThat(oneStepEach.committedSteps()).isGreaterThanOrEqualTo(oneStepEach.transactions());
    assertThat(oneStepEach.rows().inbox()).isEqualTo(oneStepEach.committedSteps());
    assertThat(oneStepEach.rows().outbox()).isEqualTo(oneStepEach.committedSteps());
    assertThat(oneStepEach.rows().sagaVersions()).isEqualTo(oneStepEach.committedSteps());
    assertThat(oneStepEach.rows().holdSteps(oneStepEach.committedSteps())).isTrue();
  }

  @Test
  void reportsTheRateAndLatencyOfTheTransactionsItCounted() {
    assertThat(oneStepEach.transactions()).isPositive();
    assertThat(oneStepEach.transactionsPerSecond())
        .isCloseTo(oneStepEach.transactions() / 1.0, within(1e-6))
        .isCloseTo(oneStepEach.stepsPerSecond(), within(1e-6));
    assertThat(oneStepEach.latency().samples()).isEqualTo(oneStepEach.transactions());
    assertThat(oneStepEach.latency().p50()).isPositive();
    assertThat(oneStepEach.latency().p99()).isGreaterThanOrEqualTo(oneStepEach.latency().p50());
  }

  @Test
  void runsOnTheServersDurableSettingsAndLeavesThemOn() throws SQLException {
    assertThat(oneStepEach.durability()).isEqualTo(new Durability("on", "on"));
    assertThat(oneStepEach.durability().durable()).isTrue();
    assertThat(show("fsync")).isEqualTo("on");
    assertThat(show("synchronous_commit")).isEqualTo("on");
  }

  @Test
  void dropsItsScratchTablesAfterwards() throws SQLException {
    assertThat(scratchTables()).isEmpty();
  }

  @Test
  void commitsTenStepsInEachBatchedTransaction() throws Exception {
    Ceiling batched =
        new DatabaseCeiling(database.login())
            .measure(SHORT.withClients(2).withStepsPerTransaction(10));

    assertThat(batched.committedSteps() % 10).isZero();
    assertThat(batched.rows().holdSteps(batched.committedSteps())).isTrue();
    assertThat(batched.stepsPerSecond())
        .isCloseTo(batched.transactionsPerSecond() * 10, within(1e-6));
    assertThat(scratchTables()).isEmpty();
  }

  private List<String> scratchTables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT tablename FROM pg_tables WHERE tablename LIKE 'bench\\_%'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  private String show(String setting) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet value = statement.executeQuery("SHOW " + setting)) {
      value.next();
      return value.getString(1);
    }
  }
}
