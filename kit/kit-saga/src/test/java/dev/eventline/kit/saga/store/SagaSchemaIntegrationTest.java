package dev.eventline.kit.saga.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.MessagingSchema;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The saga tables, created by Flyway as the Spring starter does, or by install in tests. */
@RealInfrastructure
class SagaSchemaIntegrationTest {
  private final TestDatabase database;

  SagaSchemaIntegrationTest(TestDatabase database) {
    this.database = database;
  }

  @Test
  void migratesBesideTheMessagingKitInAHistoryTableOfItsOwn() throws SQLException {
    migrate(MessagingSchema.FLYWAY_LOCATION, "eventline_schema_history");
    migrate(SagaSchema.FLYWAY_LOCATION, SagaSchema.FLYWAY_HISTORY_TABLE);

    assertThat(
            strings(
                "SELECT version FROM eventline_saga_schema_history WHERE success AND type = 'SQL'"))
        .containsExactly("1");
    assertThat(
            strings(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'eventline_saga_instance'"
                    + " ORDER BY indexname"))
        .containsExactly(
            "eventline_saga_instance_by_type_state",
            "eventline_saga_instance_due",
            "eventline_saga_instance_pkey",
            "eventline_saga_instance_unfinished");
    assertThat(
            strings(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'eventline_saga_instance_due'"))
        .singleElement()
        .asString()
        .endsWith("WHERE (deadline IS NOT NULL)");

    try (Connection connection = database.connect()) {
      SagaSchema.install(connection); // and again, harmlessly, over Flyway's tables
    }
    assertThat(strings("SELECT to_regclass('eventline_saga_history')::text"))
        .containsExactly("eventline_saga_history");
  }

  private void migrate(String location, String historyTable) {
    Flyway.configure()
        .dataSource(database.dataSource())
        .locations(location)
        .table(historyTable)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  private List<String> strings(String query) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
