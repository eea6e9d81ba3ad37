package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.MessagingSchema;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;

/**
 * Creates and upgrades a part of the kit's tables (the messaging tables, the saga tables) with
 * Flyway, in a history table of that part's own, so the kit's versions never collide with the
 * service's own {@code V1__...} migrations. A bean that depends on one finds its tables in place.
 */
public final class KitSchemaMigration {
  private KitSchemaMigration(
      DataSource dataSource,
      ObjectProvider<FlywayMigrationInitializer> applicationMigrations,
      String location,
      String historyTable) {
    // The service's own migrations first: Flyway refuses a schema that holds tables (ours) but not
    // its history table.
    applicationMigrations.getIfAvailable();
    Flyway.configure()
        .dataSource(dataSource)
        .locations(location)
        .table(historyTable)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /** The outbox and inbox tables, history in {@code eventline_schema_history}. */
  static KitSchemaMigration messaging(
      DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> applicationMigrations) {
    return new KitSchemaMigration(
        dataSource,
        applicationMigrations,
        MessagingSchema.FLYWAY_LOCATION,
        "eventline_schema_history");
  }

  /** Another part of the kit's tables: its Flyway location and history table. */
  public static KitSchemaMigration of(
      DataSource dataSource,
      ObjectProvider<FlywayMigrationInitializer> applicationMigrations,
      String location,
      String historyTable) {
    return new KitSchemaMigration(dataSource, applicationMigrations, location, historyTable);
  }
}
