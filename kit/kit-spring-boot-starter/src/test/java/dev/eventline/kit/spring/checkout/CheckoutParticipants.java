package dev.eventline.kit.spring.checkout;

import static dev.eventline.kit.spring.checkout.CheckoutMessages.BOOK_SHIPMENT;
import static dev.eventline.kit.spring.checkout.CheckoutMessages.CHARGE_CARD;
import static dev.eventline.kit.spring.checkout.CheckoutMessages.REFUND_CARD;
import static dev.eventline.kit.spring.checkout.CheckoutMessages.RELEASE_ITEMS;
import static dev.eventline.kit.spring.checkout.CheckoutMessages.RESERVE_ITEMS;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.spring.TransactionalEventPublisher;
import dev.eventline.kit.spring.checkout.CheckoutMessages.BookShipment;
import dev.eventline.kit.spring.checkout.CheckoutMessages.CardCharged;
import dev.eventline.kit.spring.checkout.CheckoutMessages.CardDeclined;
import dev.eventline.kit.spring.checkout.CheckoutMessages.CardRefunded;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ItemsReleased;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ItemsReserved;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ItemsUnavailable;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ShipmentBooked;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ShipmentRefused;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Payments, stock and shipping in one test service. Each applies an effect at most once per order
 * (a retried command is answered again, not applied again) and undoing what was never done does
 * nothing. Orders over 100.00 are declined, "sold-out" items are unavailable, the address "nowhere"
 * is refused, "slow" is answered from the second attempt, "black-hole" never.
 */
final class CheckoutParticipants {
  /** Deliveries of "slow" shipments per order, across restarts of the service in this JVM. */
  private static final Map<String, Integer> SLOW_DELIVERIES = new ConcurrentHashMap<>();

  private final JdbcClient jdbc;
  private final TransactionalEventPublisher events;

  CheckoutParticipants(JdbcClient jdbc, TransactionalEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  EventHandlers handlers(EventPayloads payloads) {
    return EventHandlers.reading(payloads)
        .on(
            CHARGE_CARD,
            (charge, about) -> {
              if (charge.cents() > 10_000) {
                reply(about, new CardDeclined(charge.orderId()));
              } else {
                applyOnce(charge.orderId(), "charged");
                reply(about, new CardCharged(charge.orderId()));
              }
            })
        .on(
            REFUND_CARD,
            (refund, about) -> {
              if (applied(refund.orderId(), "charged")) {
                applyOnce(refund.orderId(), "refunded");
              }
              reply(about, new CardRefunded(refund.orderId()));
            })
        .on(
            RESERVE_ITEMS,
            (reserve, about) -> {
              if (reserve.items().contains("sold-out")) {
                reply(about, new ItemsUnavailable(reserve.orderId()));
              } else {
                applyOnce(reserve.orderId(), "reserved");
                reply(about, new ItemsReserved(reserve.orderId()));
              }
            })
        .on(
            RELEASE_ITEMS,
            (release, about) -> {
              if (applied(release.orderId(), "reserved")) {
                applyOnce(release.orderId(), "released");
              }
              reply(about, new ItemsReleased(release.orderId()));
            })
        .on(BOOK_SHIPMENT, this::ship)
        .build();
  }

  private void ship(BookShipment shipment, EventAttributes about) {
    switch (shipment.address()) {
      case "nowhere" -> reply(about, new ShipmentRefused(shipment.orderId()));
      case "black-hole" -> {}
      case "slow" -> {
        if (SLOW_DELIVERIES.merge(shipment.orderId(), 1, Integer::sum) <= 3) {
          // Down for the first command's three tries: it is dead-lettered without an inbox
          // record, so the saga's resend after its timeout is applied.
          throw new IllegalStateException("shipping is down");
        }
        applyOnce(shipment.orderId(), "shipped");
        reply(about, new ShipmentBooked(shipment.orderId()));
      }
      default -> {
        applyOnce(shipment.orderId(), "shipped");
        reply(about, new ShipmentBooked(shipment.orderId()));
      }
    }
  }

  private void reply(EventAttributes command, Record reply) {
    events.publish(command.subject(), reply, EventOrigin.causedBy(command));
  }

  private void applyOnce(String orderId, String effect) {
    if (!applied(orderId, effect)) {
      jdbc.sql("INSERT INTO checkout_effects (order_id, effect) VALUES (?, ?)")
          .params(orderId, effect)
          .update();
    }
  }

  private boolean applied(String orderId, String effect) {
    return jdbc.sql("SELECT count(*) FROM checkout_effects WHERE order_id = ? AND effect = ?")
            .params(orderId, effect)
            .query(Long.class)
            .single()
        > 0;
  }
}
