package dev.eventline.kit.test.infrastructure;

import dev.eventline.devstack.DatabaseLogin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Questions this module's tests ask PostgreSQL's catalog, as whichever login they are given. */
final class Catalog {
  private Catalog() {}

  static boolean databaseExists(DatabaseLogin login, String name) throws SQLException {
    return exists(login, "SELECT 1 FROM pg_database WHERE datname = ?", name);
  }

  static boolean roleExists(DatabaseLogin login, String name) throws SQLException {
    return exists(login, "SELECT 1 FROM pg_roles WHERE rolname = ?", name);
  }

  static boolean tableExists(DatabaseLogin login, String table) throws SQLException {
    return exists(
        login,
        "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ?",
        table);
  }

  static String queryOne(DatabaseLogin login, String sql) throws SQLException {
    try (Connection connection = login.connect();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static boolean exists(DatabaseLogin login, String sql, String parameter)
      throws SQLException {
    try (Connection connection = login.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }
}
