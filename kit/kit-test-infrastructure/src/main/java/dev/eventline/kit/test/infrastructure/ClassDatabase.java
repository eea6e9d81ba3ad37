package dev.eventline.kit.test.infrastructure;

import dev.eventline.devstack.DatabaseLogin;
import dev.eventline.devstack.PostgresServer;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The database of one test class and its owner role, made through the superuser the way devstack
 * makes a service's database, and dropped with its role when JUnit closes the class's store.
 */
final class ClassDatabase implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX_HINT_LENGTH = 40;

  private final DatabaseLogin superuser;
  private final TestDatabase database;

  private ClassDatabase(DatabaseLogin superuser, TestDatabase database) {
    this.superuser = superuser;
    this.database = database;
  }

  /**
   * Creates a database and a role of the same name, {@code test_<hint>_<random>}, that only the
   * role (and the superuser) may connect to.
   */
  static ClassDatabase create(PostgresServer postgres, String hint) {
    String name = "test_" + identifierPart(hint) + "_" + HexFormat.of().formatHex(random(4));
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random(18));
    DatabaseLogin superuser = postgres.superuser();
    execute(
        superuser,
        "create test database " + name,
        "CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'",
        "CREATE DATABASE " + name + " OWNER " + name,
        "REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
    String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.port() + "/" + name;
    return new ClassDatabase(
        superuser, new TestDatabase(new DatabaseLogin(jdbcUrl, name, name, password)));
  }

  TestDatabase database() {
    return database;
  }

  /** Drops the database, ending the connections a test left open, then its role. */
  @Override
  public void close() {
    String name = database.name();
    execute(
        superuser,
        "drop test database " + name,
        "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)",
        "DROP ROLE " + name);
  }

  private static void execute(DatabaseLogin superuser, String purpose, String... statements) {
    try (Connection connection = superuser.connect();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot " + purpose + " as " + superuser + ": " + e.getMessage(), e);
    }
  }

  /** Lower-case letters, digits and underscores: a PostgreSQL name that needs no quoting. */
  private static String identifierPart(String hint) {
    String part = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return part.length() <= MAX_HINT_LENGTH ? part : part.substring(0, MAX_HINT_LENGTH);
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
