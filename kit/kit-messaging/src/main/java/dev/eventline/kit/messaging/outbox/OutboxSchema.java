package dev.eventline.kit.messaging.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The outbox table. Services that use Flyway add {@link #FLYWAY_LOCATION} to their locations;
 * others (and tests) call {@link #install}.
 */
public final class OutboxSchema {
  /** A Flyway location holding the outbox's migrations. */
  public static final String FLYWAY_LOCATION = "classpath:dev/eventline/kit/messaging/outbox";

  private static final String SCRIPT = "V1__eventline_outbox.sql";

  private OutboxSchema() {}

  /** Creates the outbox table and its index if they do not exist. */
  public static void install(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(script());
    }
  }

  private static String script() {
    try (InputStream in = OutboxSchema.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
