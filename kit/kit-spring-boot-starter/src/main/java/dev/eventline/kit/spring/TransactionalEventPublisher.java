package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.EventPublisher;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes a typed event from a {@code @Transactional} method: the event is appended to the outbox
 * on the transaction's own connection, so it is published if, and only if, the transaction commits;
 * right after the commit the relay is woken to publish it without waiting for its poll.
 *
 * <pre>{@code
 * @Transactional
 * public Order place(PlaceOrder command, String correlationId) {
 *   Order order = orders.save(Order.placed(command));
 *   events.publish(order.id().toString(), new OrderCreated(...), EventOrigin.request(correlationId));
 *   return order;
 * }
 * }</pre>
 */
public final class TransactionalEventPublisher {
  private final EventPublisher publisher;
  private final DataSource dataSource;
  private final SQLExceptionTranslator errors;

  TransactionalEventPublisher(EventPublisher publisher, DataSource dataSource) {
    this.publisher = publisher;
    this.dataSource = dataSource;
    this.errors = new SQLErrorCodeSQLExceptionTranslator(dataSource);
  }

  /**
   * Appends {@code event} about the aggregate {@code subject} in the current transaction; the relay
   * is woken once it commits.
   *
   * @throws IllegalStateException outside a transaction: an event must commit with its state
   * @throws dev.eventline.kit.messaging.InvalidPayloadException when it breaks its schema
   */
  public <T extends Record> EventId publish(String subject, T event, EventOrigin origin) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(
          "publish "
              + event.getClass().getSimpleName()
              + " inside a transaction (@Transactional): an event must commit together with the"
              + " state change it announces");
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      return publisher.publish(connection, subject, event, origin);
    } catch (SQLException e) {
      throw errors.translate("appending to the outbox", null, e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
