package dev.eventline.kit.test.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.eventline.devstack.Devstack;
import dev.eventline.devstack.RunningStack;
import dev.eventline.kit.test.infrastructure.FirstTestClassIntegrationTest.Seen;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after {@link FirstTestClassIntegrationTest} in the same test run and checks what the
 * extension promises across classes: one devstack, a database per class, dropped after it.
 */
@RealInfrastructure
@ExtendWith(DevstackResolver.class)
@Order(2)
class SecondTestClassIntegrationTest {
  private Seen first;

  @BeforeEach
  void requireTheFirstClassToHaveRun() {
    first = FirstTestClassIntegrationTest.seen;
    assumeThat(first).as("FirstTestClassIntegrationTest ran earlier in this run").isNotNull();
  }

  @Test
  void usesTheDevstackThisJvmStartedForTheFirstClass(Devstack devstack) {
    RunningStack running = RunningStack.read(devstack.options().directory()).orElseThrow();

    assertThat(devstack).isSameAs(first.devstack());
    assertThat(running.ownerPid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(running.startedAt()).isEqualTo(first.devstackStartedAt());
  }

  @Test
  void seesTheSameKafkaBrokerAsTheFirstClass(TestKafka kafka) {
    assertThat(kafka.bootstrapServers()).isEqualTo(first.bootstrapServers());
  }

  @Test
  void seesTheSamePostgresServerButADifferentDatabase(TestDatabase database) {
    assertThat(serverOf(database.jdbcUrl())).isEqualTo(serverOf(first.jdbcUrl()));
    assertThat(database.name()).isNotEqualTo(first.database());
  }

  @Test
  void startsWithoutTheTableTheFirstClassCreated(TestDatabase database) throws SQLException {
    assertThat(Catalog.tableExists(database.login(), "parcels")).isFalse();
  }

  @Test
  void theFirstClassDatabaseAndRoleWereDroppedWhenItFinished(Devstack devstack)
      throws SQLException {
    assertThat(Catalog.databaseExists(devstack.postgres().superuser(), first.database())).isFalse();
    assertThat(Catalog.roleExists(devstack.postgres().superuser(), first.database())).isFalse();
  }

  private static String serverOf(String jdbcUrl) {
    return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/'));
  }
}
