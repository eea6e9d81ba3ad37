package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.consumer.EventHandler;
import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.messaging.inbox.Delivery;
import dev.eventline.kit.messaging.inbox.Inbox;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a handler in a transaction that first records the event in the inbox: the effect and the
 * record commit together, and a redelivered event is skipped. Several events share one transaction
 * through {@link #handleAll}.
 */
final class IdempotentHandler implements EventHandler {
  private final EventHandler handler;
  private final Inbox inbox;
  private final DataSource dataSource;
  private final TransactionTemplate transactions;

  IdempotentHandler(
      EventHandler handler, Inbox inbox, DataSource dataSource, TransactionTemplate transactions) {
    this.handler = handler;
    this.inbox = inbox;
    this.dataSource = dataSource;
    this.transactions = transactions;
  }

  @Override
  public void handle(SignedEvent event) throws Exception {
    handleAll(List.of(event));
  }

  /** All of them in one transaction: each applied unless the inbox has it; all or nothing. */
  @Override
  public void handleAll(List<SignedEvent> events) throws Exception {
    Transactions.execute(
        transactions,
        () -> {
          Connection transaction = DataSourceUtils.getConnection(dataSource);
          for (SignedEvent event : events) {
            if (inbox.receive(transaction, event.attributes().id()) == Delivery.FIRST) {
              handler.handle(event);
            }
          }
          return null;
        });
  }

  @Override
  public Optional<RetryPolicy> retryPolicyFor(EventAttributes event) {
    return handler.retryPolicyFor(event);
  }
}
