package dev.eventline.kit.messaging;

import static dev.eventline.kit.messaging.sample.SampleEvents.ORDER_PLACED;
import static dev.eventline.kit.messaging.sample.SampleEvents.PAYMENT_TAKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.sample.SampleEvents;
import dev.eventline.kit.messaging.sample.SampleEvents.Money;
import dev.eventline.kit.messaging.sample.SampleEvents.OrderPlaced;
import dev.eventline.kit.messaging.sample.SampleEvents.PaymentTaken;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventPayloadsTest {
  private final EventPayloads payloads = EventPayloads.forTypes(SampleEvents.TYPES);

  @Test
  void aRecordTravelsAsJsonAndComesBackEqual() {
    OrderPlaced placed =
        new OrderPlaced(
            "order-1", new Money(2599, "EUR"), Optional.of(Instant.parse("2026-11-23T10:15:30Z")));

    byte[] payload = payloads.write(ORDER_PLACED, placed);

    assertThat(json(payload))
        .isEqualTo(
            "{\"orderId\":\"order-1\",\"total\":{\"cents\":2599,\"currency\":\"EUR\"},"
                + "\"placedAt\":\"2026-11-23T10:15:30Z\"}");
    assertThat(payloads.read(ORDER_PLACED, 2, payload)).isEqualTo(placed);
  }

  @Test
  void anAbsentOptionalIsLeftOutAndReadBackAsEmpty() {
    OrderPlaced placed = new OrderPlaced("order-1", new Money(100, "USD"), Optional.empty());

    byte[] payload = payloads.write(ORDER_PLACED, placed);

    assertThat(json(payload)).doesNotContain("placedAt");
    assertThat(payloads.read(ORDER_PLACED, 2, payload).placedAt()).isEmpty();
  }

  @Test
  void aVersion1PayloadIsUpcastToTheCurrentRecord() {
    byte[] v1 = bytes("{\"orderId\":\"order-7\",\"totalCents\":1250}");

    assertThat(payloads.read(ORDER_PLACED, 1, v1))
        .isEqualTo(new OrderPlaced("order-7", new Money(1250, "EUR"), Optional.empty()));
  }

  @Test
  void aRecordThatBreaksItsSchemaCannotBePublished() {
    OrderPlaced lowerCaseCurrency =
        new OrderPlaced("order-1", new Money(5, "eur"), Optional.empty());

    assertThatThrownBy(() -> payloads.write(ORDER_PLACED, lowerCaseCurrency))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("cannot publish dev.eventline.test.OrderPlaced v2")
        .hasMessageContaining("currency");
  }

  @Test
  void aPayloadThatBreaksTheSchemaOfItsVersionIsRefused() {
    byte[] negative = bytes("{\"orderId\":\"order-1\",\"amountCents\":-5}");

    assertThatThrownBy(() -> payloads.read(PAYMENT_TAKEN, 1, negative))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("does not match its schema")
        .hasMessageContaining("amountCents");
  }

  @Test
  void aVersion2PayloadSentAsVersion1IsRefusedByTheVersion1Schema() {
    byte[] v2 = bytes("{\"orderId\":\"order-1\",\"total\":{\"cents\":1,\"currency\":\"EUR\"}}");

    assertThatThrownBy(() -> payloads.read(ORDER_PLACED, 1, v2))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("v1, it does not match its schema")
        .hasMessageContaining("totalCents");
  }

  @Test
  void aVersionNewerThanThisServiceKnowsIsRefused() {
    assertThatThrownBy(() -> payloads.read(PAYMENT_TAKEN, 2, bytes("{}")))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("v2 is unknown here: this service reads v1 to v1");
  }

  @Test
  void bytesThatAreNotJsonAreRefused() {
    assertThatThrownBy(() -> payloads.read(PAYMENT_TAKEN, 1, bytes("{\"orderId\": ")))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("is not JSON");
  }

  @Test
  void fieldsAddedByANewerProducerAreIgnored() {
    byte[] withExtra = bytes("{\"orderId\":\"order-1\",\"amountCents\":5,\"method\":\"card\"}");

    assertThat(payloads.read(PAYMENT_TAKEN, 1, withExtra))
        .isEqualTo(new PaymentTaken("order-1", 5));
  }

  @Test
  void aTypeWithoutASchemaForEveryVersionFailsAtStartNamingWhatIsMissing() {
    EventType<PaymentTaken> v2 = PAYMENT_TAKEN.nextVersion(2, v1 -> v1);

    assertThatThrownBy(() -> EventPayloads.forTypes(EventTypes.of(v2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("eventline/schemas/dev.eventline.test.PaymentTaken/v2.schema.json")
        .hasMessageNotContaining("v1.schema.json");
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static String json(byte[] payload) {
    return new String(payload, StandardCharsets.UTF_8);
  }
}
