package dev.eventline.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypesTest {
  record OrderCreated(String orderId) {}

  record PaymentSucceeded(String orderId) {}

  private static final EventType<OrderCreated> CREATED =
      EventType.of(OrderCreated.class, "dev.eventline.orders.OrderCreated", "orders.created");

  @Test
  void mapsARecordToItsTypeAndATypeNameBackToIt() {
    EventTypes types = EventTypes.of(CREATED);

    assertThat(types.of(OrderCreated.class)).isEqualTo(CREATED);
    assertThat(types.find("dev.eventline.orders.OrderCreated")).contains(CREATED);
    assertThat(types.find("dev.eventline.orders.OrderRenamed")).isEmpty();
  }

  @Test
  void aNewVersionIsPublishedAndEveryVersionUpToItIsRead() {
    EventType<OrderCreated> v3 =
        CREATED.nextVersion(2, v1 -> v1.put("currency", "EUR")).nextVersion(3, v2 -> v2);

    assertThat(CREATED.version()).isEqualTo(1);
    assertThat(v3.version()).isEqualTo(3);
    assertThat(v3.reads(1)).isTrue();
    assertThat(v3.reads(3)).isTrue();
    assertThat(v3.reads(0)).isFalse();
    assertThat(v3.reads(4)).isFalse();
    assertThat(v3.schemaResource(2))
        .isEqualTo("eventline/schemas/dev.eventline.orders.OrderCreated/v2.schema.json");
  }

  @Test
  void versionsAreDeclaredInOrderWithoutGaps() {
    assertThatThrownBy(() -> CREATED.nextVersion(3, v1 -> v1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the next is 2, not 3");
  }

  @Test
  void anUnregisteredRecordFailsNamingWhatIsRegistered() {
    EventTypes types = EventTypes.of(CREATED);

    assertThatThrownBy(() -> types.of(PaymentSucceeded.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PaymentSucceeded is not a registered event")
        .hasMessageContaining("dev.eventline.orders.OrderCreated");
  }

  @Test
  void refusesOneNameForTwoRecords() {
    EventType<PaymentSucceeded> clash =
        EventType.of(PaymentSucceeded.class, "dev.eventline.orders.OrderCreated", "orders.created");

    assertThatThrownBy(() -> EventTypes.of(CREATED, clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dev.eventline.orders.OrderCreated is registered twice");
  }

  @Test
  void refusesOneRecordUnderTwoTypes() {
    EventType<OrderCreated> again =
        EventType.of(OrderCreated.class, "dev.eventline.orders.Created", "orders.created");

    assertThatThrownBy(() -> EventTypes.of(CREATED, again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OrderCreated is registered twice");
  }
}
