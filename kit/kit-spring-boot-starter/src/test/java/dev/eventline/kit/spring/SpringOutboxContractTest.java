package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.outbox.OutboxContract;
import dev.eventline.kit.messaging.outbox.OutboxWriter;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox written under Spring's transaction manager, as the starter writes it: the writer takes
 * the connection the transaction is bound to, and Spring commits or rolls it back.
 */
class SpringOutboxContractTest extends OutboxContract {
  private final OutboxWriter writer = new OutboxWriter(new KafkaEventCodec(), PARTITIONS);
  private final DataSource dataSource;
  private final TransactionTemplate transactions;

  SpringOutboxContractTest(TestDatabase database, TestKafka kafka) {
    super(database, kafka);
    this.dataSource = database.dataSource();
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  @Override
  protected void inOneTransaction(String topic, List<SignedEvent> events, Outcome outcome) {
    transactions.executeWithoutResult(
        status -> {
          try {
            for (SignedEvent event : events) {
              writer.append(DataSourceUtils.getConnection(dataSource), topic, event);
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
          if (outcome == Outcome.ROLL_BACK) {
            status.setRollbackOnly();
          }
        });
  }
}
