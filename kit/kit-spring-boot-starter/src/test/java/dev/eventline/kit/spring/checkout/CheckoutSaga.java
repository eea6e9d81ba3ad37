package dev.eventline.kit.spring.checkout;

import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.spring.checkout.CheckoutMessages.BookShipment;
import dev.eventline.kit.spring.checkout.CheckoutMessages.CardCharged;
import dev.eventline.kit.spring.checkout.CheckoutMessages.CardDeclined;
import dev.eventline.kit.spring.checkout.CheckoutMessages.CardRefunded;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ChargeCard;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ItemsReleased;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ItemsReserved;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ItemsUnavailable;
import dev.eventline.kit.spring.checkout.CheckoutMessages.RefundCard;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ReleaseItems;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ReserveItems;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ShipmentBooked;
import dev.eventline.kit.spring.checkout.CheckoutMessages.ShipmentRefused;
import java.time.Duration;

/** Three steps, each a command: charge, reserve, ship; the first two undone in reverse. */
public final class CheckoutSaga {
  /** Short enough that a test sees a timeout, long enough for a busy machine to answer. */
  public static final Duration SHIPPING_TIMEOUT = Duration.ofSeconds(3);

  private CheckoutSaga() {}

  // spotless:off (a saga reads as a table of steps)
  public static final Saga<Checkout> DEFINITION =
      Saga.define("checkout", 1, Checkout.class)
          .step("charge")
              .send(c -> new ChargeCard(c.orderId(), c.cents()))
              .onReply(CardCharged.class)
              .onFailure(CardDeclined.class, (c, declined) -> c)
              .compensate(c -> new RefundCard(c.orderId()), CardRefunded.class)
          .step("reserve")
              .send(c -> new ReserveItems(c.orderId(), c.items()))
              .onReply(ItemsReserved.class)
              .onFailure(ItemsUnavailable.class, (c, unavailable) -> c)
              .compensate(c -> new ReleaseItems(c.orderId()), ItemsReleased.class)
          .step("ship")
              .send(c -> new BookShipment(c.orderId(), c.address()))
              .onReply(ShipmentBooked.class)
              .onFailure(ShipmentRefused.class, (c, refused) -> c)
              .timeout(SHIPPING_TIMEOUT)
              .retry(new RetryPolicy(2, Duration.ofMillis(100)))
          .build();
  // spotless:on
}
