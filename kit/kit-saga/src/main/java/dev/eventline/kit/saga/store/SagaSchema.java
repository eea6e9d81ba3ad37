package dev.eventline.kit.saga.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The saga engine's tables in a service's database: {@code eventline_saga_instance} and its
 * append-only {@code eventline_saga_history}. Services that use Flyway run {@link #FLYWAY_LOCATION}
 * with a history table of its own, {@link #FLYWAY_HISTORY_TABLE}, so that its versions (from V1)
 * never collide with the service's own; others (and tests) call {@link #install}.
 */
public final class SagaSchema {
  /** A Flyway location holding the saga migrations, versioned V1, V2, ... */
  public static final String FLYWAY_LOCATION = "classpath:dev/eventline/kit/saga/db";

  /** The Flyway history table the saga migrations are recorded in. */
  public static final String FLYWAY_HISTORY_TABLE = "eventline_saga_schema_history";

  private static final List<String> MIGRATIONS =
      List.of("/dev/eventline/kit/saga/db/V1__eventline_saga.sql");

  private SagaSchema() {}

  /** Creates the tables and indexes that do not exist yet. */
  public static void install(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String migration : MIGRATIONS) {
        statement.execute(read(migration));
      }
    }
  }

  private static String read(String resource) {
    try (InputStream in = SagaSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
