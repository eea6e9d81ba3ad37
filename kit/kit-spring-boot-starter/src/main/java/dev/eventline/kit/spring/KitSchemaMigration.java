package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.MessagingSchema;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the kit's tables (outbox, inbox) with Flyway, in a history table of their
 * own ({@code eventline_schema_history}), so the kit's versions never collide with the service's
 * own {@code V1__...} migrations.
 */
final class KitSchemaMigration {
  static final String HISTORY_TABLE = "eventline_schema_history";

  /** Migrates on creation: a bean that depends on this one finds the tables in place. */
  KitSchemaMigration(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(MessagingSchema.FLYWAY_LOCATION)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
