package dev.eventline.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.eventline.bench.baseline.Ceiling.ScratchRows;
import dev.eventline.kit.messaging.MessagingSchema;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.inbox.Inbox;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumption comparison's saga step on a real PostgreSQL, in a scratch schema. */
@RealInfrastructure
class SagaStepHandlerIntegrationTest {
  private final SequencedEvents events = new SequencedEvents(2);
  private final TestDatabase database;
  private ScratchSchema schema;
  private Connection connection;
  private SagaStepTables tables;
  private SagaStepHandler handler;

  SagaStepHandlerIntegrationTest(TestDatabase database) {
    this.database = database;
  }

  @BeforeEach
  void createTables() throws SQLException {
    schema = ScratchSchema.create(database.login(), "handler");
    connection = schema.dataSource().getConnection();
    MessagingSchema.install(connection);
    tables = SagaStepTables.create(connection, 2);
    handler =
        new SagaStepHandler(
            connection,
            new Inbox("bench-handler", Clock.systemUTC()),
            tables,
            Map.of(events.key(0), tables.sagas().get(0), events.key(1), tables.sagas().get(1)));
  }

  @AfterEach
  void dropTables() throws SQLException {
    connection.close();
    schema.close();
  }

  @Test
  void appliesAnEventDeliveredTwiceOnce() throws Exception {
    SignedEvent event = events.event(0);

    handler.handle(event);
    handler.handle(event);

    assertThat(rows()).isEqualTo(new ScratchRows(1, 1, 1));
    assertThat(handler.commits()).isEqualTo(2);
  }

  @Test
  void appliesAGroupInOneCommit() throws Exception {
    handler.handleAll(List.of(events.event(0), events.event(1), events.event(2)));

    assertThat(rows()).isEqualTo(new ScratchRows(3, 3, 3));
    assertThat(handler.commits()).isEqualTo(1);
    assertThat(handler.lastCommitAt()).isNotZero();
    assertThat(handler.outOfKeyOrder()).isZero();
  }

  @Test
  void rollsBackTheWholeGroupWhenOneEventFails() throws Exception {
    SignedEvent stranger = new SequencedEvents(3).event(2); // about order-2, which has no saga

    assertThatIllegalArgumentException()
        .isThrownBy(() -> handler.handleAll(List.of(events.event(0), stranger)))
        .withMessageContaining("order-2");

    assertThat(rows()).isEqualTo(new ScratchRows(0, 0, 0));
    assertThat(handler.commits()).isZero();
  }

  @Test
  void countsAnEventAppliedAfterALaterOneOfItsSubject() throws Exception {
    handler.handle(events.event(2));
    handler.handle(events.event(0));
    handler.handle(events.event(1));

    assertThat(handler.outOfKeyOrder()).isEqualTo(1);
  }

  private ScratchRows rows() throws SQLException {
    try (Connection reader = schema.dataSource().getConnection();
        Statement statement = reader.createStatement();
        ResultSet inbox = statement.executeQuery("SELECT count(*) FROM eventline_inbox")) {
      inbox.next();
      ScratchRows counted = tables.count(reader);
      return new ScratchRows(inbox.getLong(1), counted.outbox(), counted.sagaVersions());
    }
  }
}
