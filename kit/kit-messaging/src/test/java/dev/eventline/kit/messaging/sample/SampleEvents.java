package dev.eventline.kit.messaging.sample;

import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;
import java.time.Instant;
import java.util.Optional;

/**
 * The events of a small shop, as a service's {@code *-api} module declares them: records, their
 * types and versions, and (in resources) a JSON Schema and a stored sample of every version.
 */
public final class SampleEvents {
  public record Money(long cents, String currency) {}

  /** Version 2: the total carries its currency; version 1 had {@code totalCents} in euros. */
  public record OrderPlaced(String orderId, Money total, Optional<Instant> placedAt) {}

  public record PaymentTaken(String orderId, long amountCents) {}

  public static final EventType<OrderPlaced> ORDER_PLACED =
      EventType.of(OrderPlaced.class, "dev.eventline.test.OrderPlaced", "shop.orders.placed")
          .nextVersion(
              2,
              v1 -> {
                long cents = v1.remove("totalCents").asLong();
                v1.putObject("total").put("cents", cents).put("currency", "EUR");
                return v1;
              });

  public static final EventType<PaymentTaken> PAYMENT_TAKEN =
      EventType.of(PaymentTaken.class, "dev.eventline.test.PaymentTaken", "shop.payments.taken");

  public static final EventTypes TYPES = EventTypes.of(ORDER_PLACED, PAYMENT_TAKEN);

  private SampleEvents() {}
}
