package dev.eventline.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypesTest {
  record OrderCreated(String orderId) {}

  record OrderCreatedV2(String orderId, long totalCents) {}

  record PaymentSucceeded(String orderId) {}

  private static final EventType<OrderCreated> CREATED_V1 =
      new EventType<>(OrderCreated.class, "dev.eventline.orders.OrderCreated", 1);
  private static final EventType<OrderCreatedV2> CREATED_V2 =
      new EventType<>(OrderCreatedV2.class, "dev.eventline.orders.OrderCreated", 2);

  @Test
  void mapsARecordToItsTypeAndATypeAndVersionBackToIt() {
    EventTypes types = EventTypes.of(CREATED_V1, CREATED_V2);

    assertThat(types.of(OrderCreatedV2.class)).isEqualTo(CREATED_V2);
    assertThat(types.find("dev.eventline.orders.OrderCreated", 1)).contains(CREATED_V1);
    assertThat(types.find("dev.eventline.orders.OrderCreated", 3)).isEmpty();
  }

  @Test
  void anUnregisteredRecordFailsNamingWhatIsRegistered() {
    EventTypes types = EventTypes.of(CREATED_V1);

    assertThatThrownBy(() -> types.of(PaymentSucceeded.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PaymentSucceeded is not a registered event")
        .hasMessageContaining("dev.eventline.orders.OrderCreated v1");
  }

  @Test
  void refusesTheSameNameAndVersionForTwoRecords() {
    EventType<OrderCreatedV2> clash =
        new EventType<>(OrderCreatedV2.class, "dev.eventline.orders.OrderCreated", 1);

    assertThatThrownBy(() -> EventTypes.of(CREATED_V1, clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v1 is registered twice");
  }

  @Test
  void refusesOneRecordUnderTwoTypes() {
    EventType<OrderCreated> again =
        new EventType<>(OrderCreated.class, "dev.eventline.orders.Created", 1);

    assertThatThrownBy(() -> EventTypes.of(CREATED_V1, again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is registered twice");
  }
}
