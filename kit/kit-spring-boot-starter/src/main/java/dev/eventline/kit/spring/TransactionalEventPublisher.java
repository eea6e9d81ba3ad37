package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.EventPublisher;

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
  private final CurrentTransaction transaction;

  TransactionalEventPublisher(EventPublisher publisher, CurrentTransaction transaction) {
    this.publisher = publisher;
    this.transaction = transaction;
  }

  /**
   * Appends {@code event} about the aggregate {@code subject} in the current transaction; the relay
   * is woken once it commits.
   *
   * @throws IllegalStateException outside a transaction: an event must commit with its state
   * @throws dev.eventline.kit.messaging.InvalidPayloadException when it breaks its schema
   */
  public <T extends Record> EventId publish(String subject, T event, EventOrigin origin) {
    return transaction.use(
        "publish " + event.getClass().getSimpleName(),
        connection -> publisher.publish(connection, subject, event, origin));
  }
}
