package dev.eventline.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where and as whom to connect to one database: the JDBC URL, the login role and its password. */
public record DatabaseLogin(String jdbcUrl, String database, String user, String password) {

  /** Opens a new connection; the caller closes it. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }

  @Override
  public String toString() {
    return "DatabaseLogin[" + jdbcUrl + " as " + user + "]";
  }
}
