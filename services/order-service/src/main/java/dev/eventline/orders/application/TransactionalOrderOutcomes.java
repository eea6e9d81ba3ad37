package dev.eventline.orders.application;

import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.spring.TransactionalEventPublisher;
import dev.eventline.orders.Orders;
import dev.eventline.orders.api.OrderCancelled;
import dev.eventline.orders.api.OrderCompleted;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends orders in the saga's own transaction (the engine runs local steps and end actions on it):
 * the order's new state and its event commit with the saga's last transition, or not at all.
 */
public final class TransactionalOrderOutcomes implements OrderOutcomes {
  private static final Logger log = LoggerFactory.getLogger(TransactionalOrderOutcomes.class);

  private final Orders orders;
  private final TransactionalEventPublisher events;
  private final Clock clock;

  public TransactionalOrderOutcomes(
      Orders orders, TransactionalEventPublisher events, Clock clock) {
    this.orders = orders;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public PlaceOrder complete(PlaceOrder saga) {
    if (orders.complete(saga.orderId(), clock.instant())) {
      events.publish(
          subject(saga),
          new OrderCompleted(saga.orderId(), saga.userId(), saga.totalCents()),
          origin(saga));
      log.info("completed order {}: {} cents", saga.orderId(), saga.totalCents());
    }
    return saga;
  }

  @Override
  public PlaceOrder cancel(PlaceOrder saga) {
    if (orders.cancel(saga.orderId(), saga.cancellationReason(), clock.instant())) {
      events.publish(
          subject(saga),
          new OrderCancelled(saga.orderId(), saga.userId(), saga.cancellationReason()),
          origin(saga));
      log.info("cancelled order {}: {}", saga.orderId(), saga.cancellationReason());
    }
    return saga;
  }

  private static String subject(PlaceOrder saga) {
    return saga.orderId().toString();
  }

  private static EventOrigin origin(PlaceOrder saga) {
    return EventOrigin.request(saga.correlationId());
  }
}
