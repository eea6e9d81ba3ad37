package dev.eventline.kit.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The kit's tables in a service's database: the outbox, the inbox and the append-only audit log
 * ({@link dev.eventline.kit.audit.JdbcAuditLog}). Services that use Flyway add {@link
 * #FLYWAY_LOCATION} to their locations; others (and tests) call {@link #install}.
 */
public final class MessagingSchema {
  /** A Flyway location holding the kit's migrations, versioned V1, V2, ... */
  public static final String FLYWAY_LOCATION = "classpath:dev/eventline/kit/messaging/db";

  private static final List<String> MIGRATIONS =
      List.of(
          "db/V1__eventline_outbox.sql",
          "db/V2__eventline_inbox.sql",
          "db/V3__eventline_audit_log.sql");

  private MessagingSchema() {}

  /** Creates the tables and indexes that do not exist yet. */
  public static void install(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String migration : MIGRATIONS) {
        statement.execute(read(migration));
      }
    }
  }

  private static String read(String resource) {
    try (InputStream in = MessagingSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
