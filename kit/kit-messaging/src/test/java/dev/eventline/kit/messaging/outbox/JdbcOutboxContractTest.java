package dev.eventline.kit.messaging.outbox;

import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The outbox written over plain JDBC: a connection of its own, auto-commit off, ended by hand. */
class JdbcOutboxContractTest extends OutboxContract {
  private final OutboxWriter writer = new OutboxWriter(new KafkaEventCodec(), PARTITIONS);

  JdbcOutboxContractTest(TestDatabase database, TestKafka kafka) {
    super(database, kafka);
  }

  @Override
  protected void inOneTransaction(String topic, List<SignedEvent> events, Outcome outcome)
      throws SQLException {
    try (Connection transaction = database().connect()) {
      transaction.setAutoCommit(false);
      for (SignedEvent event : events) {
        writer.append(transaction, topic, event);
      }
      switch (outcome) {
        case COMMIT -> transaction.commit();
        case ROLL_BACK -> transaction.rollback();
      }
    }
  }
}
