package dev.eventline.kit.spring.shop;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.sample.SampleEvents.Money;
import dev.eventline.kit.messaging.sample.SampleEvents.OrderPlaced;
import dev.eventline.kit.messaging.sample.SampleEvents.PaymentTaken;
import dev.eventline.kit.spring.TransactionalEventPublisher;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Shop {
  private final JdbcClient jdbc;
  private final TransactionalEventPublisher events;

  Shop(JdbcClient jdbc, TransactionalEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  // quick-start:begin
  @Transactional
  public void place(String orderId, long cents, String correlationId) {
    jdbc.sql("INSERT INTO shop_orders (order_id, total_cents) VALUES (?, ?)")
        .params(orderId, cents)
        .update();
    OrderPlaced placed = new OrderPlaced(orderId, new Money(cents, "EUR"), Optional.empty());
    events.publish(orderId, placed, EventOrigin.request(correlationId));
  }

  /** Charges a placed order; runs in the consumer's transaction, with the inbox. */
  void charge(OrderPlaced placed, EventAttributes attributes) {
    jdbc.sql("INSERT INTO shop_payments (order_id, amount_cents) VALUES (?, ?)")
        .params(placed.orderId(), placed.total().cents())
        .update();
    events.publish(
        placed.orderId(),
        new PaymentTaken(placed.orderId(), placed.total().cents()),
        EventOrigin.causedBy(attributes));
  }

  // quick-start:end

  public long payments(String orderId) {
    return jdbc.sql("SELECT count(*) FROM shop_payments WHERE order_id = ?")
        .param(orderId)
        .query(Long.class)
        .single();
  }

  public long orders(String orderId) {
    return jdbc.sql("SELECT count(*) FROM shop_orders WHERE order_id = ?")
        .param(orderId)
        .query(Long.class)
        .single();
  }
}
