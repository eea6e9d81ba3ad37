package dev.eventline.kit.test.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.Devstack;
import dev.eventline.devstack.RunningStack;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs before {@link SecondTestClassIntegrationTest} (see junit-platform.properties) and records
 * what it saw, so that the second class can compare.
 */
@RealInfrastructure
@ExtendWith(DevstackResolver.class)
@Order(1)
class FirstTestClassIntegrationTest {
  /** The infrastructure this class was given, or null until it ran. */
  static volatile Seen seen;

  record Seen(
      Devstack devstack,
      Instant devstackStartedAt,
      String bootstrapServers,
      String jdbcUrl,
      String database) {}

  @BeforeAll
  static void recordWhatThisClassIsGiven(
      Devstack devstack, TestKafka kafka, TestDatabase database) {
    Instant startedAt = RunningStack.read(devstack.options().directory()).orElseThrow().startedAt();
    seen =
        new Seen(
            devstack, startedAt, kafka.bootstrapServers(), database.jdbcUrl(), database.name());
  }

  @Test
  void getsADatabaseOwnedByItsOwnLoginRole(TestDatabase database) throws SQLException {
    assertThat(Catalog.queryOne(database.login(), "SELECT current_database()"))
        .isEqualTo(database.name());
    assertThat(Catalog.queryOne(database.login(), "SELECT current_user"))
        .isEqualTo(database.user());
    assertThat(
            Catalog.queryOne(
                database.login(),
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
        .isEqualTo(database.user());
  }

  @Test
  void canCreateAndFillTablesInItsDatabase(TestDatabase database) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE parcels (id bigint PRIMARY KEY, destination text NOT NULL)");
      statement.execute("INSERT INTO parcels VALUES (1, 'Lisbon')");
    }

    assertThat(Catalog.queryOne(database.login(), "SELECT destination FROM parcels WHERE id = 1"))
        .isEqualTo("Lisbon");
  }
}
