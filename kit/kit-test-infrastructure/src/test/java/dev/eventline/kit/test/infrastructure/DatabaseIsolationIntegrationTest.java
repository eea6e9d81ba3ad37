package dev.eventline.kit.test.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.devstack.DatabaseLogin;
import dev.eventline.devstack.Devstack;
import dev.eventline.devstack.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test classes run one after another, so this class makes "another class's database" the way the
 * extension makes every class's, while its own exists.
 */
@RealInfrastructure
@ExtendWith(DevstackResolver.class)
class DatabaseIsolationIntegrationTest {
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  @Test
  void aTableCreatedInOneClassDatabaseIsNotVisibleInAnother(
      TestDatabase database, Devstack devstack) throws SQLException {
    try (ClassDatabase another =
        ClassDatabase.create(devstack.postgres(), "AnotherIntegrationTest")) {
      execute(database.login(), "CREATE TABLE shipments (id bigint PRIMARY KEY)");

      assertThat(Catalog.tableExists(database.login(), "shipments")).isTrue();
      assertThat(Catalog.tableExists(another.database().login(), "shipments")).isFalse();
      // So the other class may use the same name for a table of its own.
      execute(another.database().login(), "CREATE TABLE shipments (code text PRIMARY KEY)");
    }
  }

  @Test
  void theClassRoleCannotConnectToAnotherClassDatabase(TestDatabase database, Devstack devstack) {
    try (ClassDatabase another =
        ClassDatabase.create(devstack.postgres(), "AnotherIntegrationTest")) {
      DatabaseLogin intruder =
          new DatabaseLogin(
              another.database().jdbcUrl(),
              another.database().name(),
              database.user(),
              database.password());

      assertThatThrownBy(intruder::connect)
          .isInstanceOfSatisfying(
              SQLException.class,
              refused -> assertThat(refused.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }
  }

  @Test
  void theClassRoleMayNeitherActAsSuperuserNorCreateDatabasesOrRoles(TestDatabase database)
      throws SQLException {
    assertThat(
            Catalog.queryOne(
                database.login(),
                "SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles"
                    + " WHERE rolname = current_user"))
        .isEqualTo("f");
  }

  @Test
  void closingAClassDatabaseDropsItAndItsRoleEvenWithConnectionsLeftOpen(Devstack devstack)
      throws SQLException {
    PostgresServer postgres = devstack.postgres();
    ClassDatabase another = ClassDatabase.create(postgres, "CarelessIntegrationTest");
    String name = another.database().name();
    try (Connection leftOpen = another.database().connect()) {
      another.close();

      assertThat(Catalog.databaseExists(postgres.superuser(), name)).isFalse();
      assertThat(Catalog.roleExists(postgres.superuser(), name)).isFalse();
      assertThat(leftOpen.isValid(5)).isFalse();
    }
  }

  private static void execute(DatabaseLogin login, String sql) throws SQLException {
    try (Connection connection = login.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
