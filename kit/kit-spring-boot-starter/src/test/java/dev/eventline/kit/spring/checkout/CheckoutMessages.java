package dev.eventline.kit.spring.checkout;

import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;
import java.util.List;

/** The commands and replies of the checkout saga, with their types and topics. */
public final class CheckoutMessages {
  private CheckoutMessages() {}

  public record ChargeCard(String orderId, long cents) {}

  public record CardCharged(String orderId) {}

  public record CardDeclined(String orderId) {}

  public record RefundCard(String orderId) {}

  public record CardRefunded(String orderId) {}

  public record ReserveItems(String orderId, List<String> items) {}

  public record ItemsReserved(String orderId) {}

  public record ItemsUnavailable(String orderId) {}

  public record ReleaseItems(String orderId) {}

  public record ItemsReleased(String orderId) {}

  public record BookShipment(String orderId, String address) {}

  public record ShipmentBooked(String orderId) {}

  public record ShipmentRefused(String orderId) {}

  public static final EventType<ChargeCard> CHARGE_CARD = command(ChargeCard.class, "payments");
  public static final EventType<RefundCard> REFUND_CARD = command(RefundCard.class, "payments");
  public static final EventType<ReserveItems> RESERVE_ITEMS = command(ReserveItems.class, "stock");
  public static final EventType<ReleaseItems> RELEASE_ITEMS = command(ReleaseItems.class, "stock");
  public static final EventType<BookShipment> BOOK_SHIPMENT =
      command(BookShipment.class, "shipping");

  public static final EventTypes TYPES =
      EventTypes.of(
          CHARGE_CARD,
          REFUND_CARD,
          RESERVE_ITEMS,
          RELEASE_ITEMS,
          BOOK_SHIPMENT,
          reply(CardCharged.class, "payments"),
          reply(CardDeclined.class, "payments"),
          reply(CardRefunded.class, "payments"),
          reply(ItemsReserved.class, "stock"),
          reply(ItemsUnavailable.class, "stock"),
          reply(ItemsReleased.class, "stock"),
          reply(ShipmentBooked.class, "shipping"),
          reply(ShipmentRefused.class, "shipping"));

  private static <T extends Record> EventType<T> command(Class<T> type, String domain) {
    return EventType.of(type, name(type), "checkout." + domain + ".commands");
  }

  private static <T extends Record> EventType<T> reply(Class<T> type, String domain) {
    return EventType.of(type, name(type), "checkout." + domain + ".replies");
  }

  private static String name(Class<?> type) {
    return "dev.eventline.test.checkout." + type.getSimpleName();
  }
}
