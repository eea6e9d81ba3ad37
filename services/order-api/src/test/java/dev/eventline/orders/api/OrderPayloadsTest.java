package dev.eventline.orders.api;

import static dev.eventline.orders.api.OrderMessages.ORDER_CANCELLED;
import static dev.eventline.orders.api.OrderMessages.ORDER_COMPLETED;
import static dev.eventline.orders.api.OrderMessages.ORDER_CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.InvalidPayloadException;
import dev.eventline.kit.messaging.schema.Example;
import dev.eventline.kit.messaging.schema.StoredSamples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

class OrderPayloadsTest {
  private final EventPayloads payloads = EventPayloads.forTypes(OrderMessages.TYPES);

  static List<Example<?>> everyMessage() {
    return OrderExamples.everyMessage();
  }

  @Test
  void everyRegisteredMessageHasAnExample() {
    assertThat(everyMessage())
        .<EventType<?>>map(Example::type)
        .containsExactlyInAnyOrderElementsOf(OrderMessages.TYPES.all());
  }

  @ParameterizedTest
  @MethodSource("everyMessage")
  void everyMessageTravelsAsJsonAndComesBackEqual(Example<?> example) {
    assertThat(example.read(payloads, example.write(payloads))).isEqualTo(example.message());
  }

  @ParameterizedTest
  @MethodSource("everyMessage")
  void everyMessageIsWrittenAsItsStoredSample(Example<?> example) {
    byte[] payload = example.write(payloads);

    assertThat(EventPayloads.wireFormat().readTree(payload))
        .isEqualTo(StoredSamples.of(example.type()));
  }

  @Test
  void aNegativeTotalIsRefused() {
    byte[] negative = StoredSamples.with(ORDER_COMPLETED, sample -> sample.put("totalCents", -1));

    assertThatThrownBy(() -> payloads.read(ORDER_COMPLETED, 1, negative))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("does not match its schema")
        .hasMessageContaining("totalCents");
  }

  @Test
  void aCancellationForAReasonThisVersionDoesNotKnowIsRefused() {
    byte[] unknown =
        StoredSamples.with(ORDER_CANCELLED, sample -> sample.put("reason", "CHANGED_MIND"));

    assertThatThrownBy(() -> payloads.read(ORDER_CANCELLED, 1, unknown))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void anOrderWithoutLinesIsRefused() {
    byte[] empty = StoredSamples.with(ORDER_CREATED, sample -> sample.putArray("lines"));

    assertThatThrownBy(() -> payloads.read(ORDER_CREATED, 1, empty))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("lines");
  }

  @Test
  void anOrderWhoseTotalIsNotTheSumOfItsLinesIsRefused() {
    byte[] wrongTotal = StoredSamples.with(ORDER_CREATED, sample -> sample.put("totalCents", 1));

    assertThatThrownBy(() -> payloads.read(ORDER_CREATED, 1, wrongTotal))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("totalCents must be the sum of its lines, 4448, not 1");
  }

  @Test
  void anOrderIdThatIsNotAUuidIsRefused() {
    byte[] notAUuid = StoredSamples.with(ORDER_COMPLETED, sample -> sample.put("orderId", "o-1"));

    // The schema's "format": "uuid" is an annotation to the validator; the mapping refuses it.
    assertThatThrownBy(() -> payloads.read(ORDER_COMPLETED, 1, notAUuid))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("does not map to OrderCompleted")
        .hasMessageContaining("UUID");
  }

  @Test
  void fieldsAddedByANewerProducerAreIgnored() {
    byte[] withMore = StoredSamples.with(ORDER_CREATED, sample -> sample.put("currency", "EUR"));

    assertThat(payloads.read(ORDER_CREATED, 1, withMore)).isEqualTo(OrderExamples.orderCreated());
  }

  @Test
  void aLineWithoutAPriceIsRefused() {
    byte[] unpriced =
        StoredSamples.with(
            ORDER_CREATED,
            sample -> ((ObjectNode) sample.get("lines").get(0)).remove("unitPriceCents"));

    assertThatThrownBy(() -> payloads.read(ORDER_CREATED, 1, unpriced))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("unitPriceCents");
  }
}
