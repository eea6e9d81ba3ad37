package dev.eventline.bench.baseline;

import dev.eventline.devstack.DatabaseLogin;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of the bench's own, {@code bench_<purpose>_<run>}, dropped with everything in it when
 * closed. Its data source opens connections whose search path is that schema alone, so the kit's
 * unqualified {@code eventline_outbox} lands there and not beside a service's.
 */
final class ScratchSchema implements AutoCloseable {
  private final DatabaseLogin login;
  private final String name;
  private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

  private ScratchSchema(DatabaseLogin login, String name) {
    this.login = login;
    this.name = name;
    dataSource.setURL(login.jdbcUrl());
    dataSource.setUser(login.user());
    dataSource.setPassword(login.password());
    dataSource.setCurrentSchema(name);
  }

  static ScratchSchema create(DatabaseLogin login, String purpose) throws SQLException {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    ScratchSchema schema = new ScratchSchema(login, "bench_" + purpose + "_" + run);
    try (Connection connection = login.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema.name);
    }
    return schema;
  }

  String name() {
    return name;
  }

  /** Connections into this schema; each is new, and its caller closes it. */
  DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() throws SQLException {
    try (Connection connection = login.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }
}
