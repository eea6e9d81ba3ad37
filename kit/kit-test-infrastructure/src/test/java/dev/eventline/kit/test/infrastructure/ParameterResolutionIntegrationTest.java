package dev.eventline.kit.test.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

@RealInfrastructure
class ParameterResolutionIntegrationTest {
  private static TestDatabase givenToBeforeAll;
  private final TestDatabase givenToConstructor;
  private final TestKafka kafkaGivenToConstructor;
  private TestDatabase givenToBeforeEach;

  ParameterResolutionIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.givenToConstructor = database;
    this.kafkaGivenToConstructor = kafka;
  }

  @BeforeAll
  static void rememberTheDatabaseGivenToBeforeAll(TestDatabase database) {
    givenToBeforeAll = database;
  }

  @BeforeEach
  void rememberTheDatabaseGivenToBeforeEach(TestDatabase database) {
    givenToBeforeEach = database;
  }

  @Test
  void everyPlaceOfTheClassIsGivenTheSameDatabase(TestDatabase database) {
    assertThat(database.name())
        .isEqualTo(givenToConstructor.name())
        .isEqualTo(givenToBeforeAll.name())
        .isEqualTo(givenToBeforeEach.name());
  }

  @Test
  void everyPlaceIsGivenTheSameKafka(TestKafka kafka) {
    assertThat(kafka.bootstrapServers()).isEqualTo(kafkaGivenToConstructor.bootstrapServers());
  }

  @Test
  void theDataSourceConnectsAsTheOwnerRoleToTheClassDatabase(TestDatabase database)
      throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_user, current_database()")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo(database.user());
      assertThat(rows.getString(2)).isEqualTo(database.name());
    }
  }

  @Test
  void theDescriptionOfTheDatabaseLeavesThePasswordOut(TestDatabase database) {
    assertThat(database.toString()).contains(database.name()).doesNotContain(database.password());
    assertThat(database.login().toString()).doesNotContain(database.password());
  }

  @Nested
  class InANestedClass {
    @Test
    void theEnclosingClassDatabaseIsShared(TestDatabase database) {
      assertThat(database.name()).isEqualTo(givenToConstructor.name());
    }
  }

  @Nested
  @TestInstance(Lifecycle.PER_CLASS)
  class WithOneInstanceForAllItsTests {
    private final TestDatabase givenBeforeAnyCallback;

    WithOneInstanceForAllItsTests(TestDatabase database) {
      this.givenBeforeAnyCallback = database;
    }

    @Test
    void itsConstructorIsGivenTheEnclosingClassDatabase() {
      assertThat(givenBeforeAnyCallback.name()).isEqualTo(givenToConstructor.name());
    }
  }
}
