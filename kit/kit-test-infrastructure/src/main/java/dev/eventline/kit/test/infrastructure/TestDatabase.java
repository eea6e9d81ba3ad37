package dev.eventline.kit.test.infrastructure;

import dev.eventline.devstack.DatabaseLogin;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL database of one test class, and the login of the role that owns it.
 *
 * <p>The database is empty when the class starts and dropped when it ends; no other class's role
 * may connect to it. Inject it into a constructor, a lifecycle method or a test method of a class
 * annotated with {@link RealInfrastructure}.
 */
public final class TestDatabase {
  private final DatabaseLogin login;
  private final PGSimpleDataSource dataSource;

  TestDatabase(DatabaseLogin login) {
    this.login = login;
    this.dataSource = new PGSimpleDataSource();
    dataSource.setURL(login.jdbcUrl());
    dataSource.setUser(login.user());
    dataSource.setPassword(login.password());
  }

  /** The database's name, which is also its owner role's name. */
  public String name() {
    return login.database();
  }

  /** The JDBC URL, user and password together, as devstack hands them to services. */
  public DatabaseLogin login() {
    return login;
  }

  /** The JDBC URL of the database, e.g. {@code jdbc:postgresql://localhost:5432/test_...}. */
  public String jdbcUrl() {
    return login.jdbcUrl();
  }

  /** The owner role, with which every connection here logs in. */
  public String user() {
    return login.user();
  }

  /** The owner role's password, made at random for this class. */
  public String password() {
    return login.password();
  }

  /** Opens a new connection as the owner role; the caller closes it. */
  public Connection connect() throws SQLException {
    return login.connect();
  }

  /**
   * A data source for code under test that wants one (a JDBC store, a Spring context). It does not
   * pool: each {@code getConnection()} opens a connection that its caller closes.
   */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public String toString() {
    return "TestDatabase[" + name() + " at " + jdbcUrl() + "]";
  }
}
