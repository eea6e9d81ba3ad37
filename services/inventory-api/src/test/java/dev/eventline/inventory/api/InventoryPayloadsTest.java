package dev.eventline.inventory.api;

import static dev.eventline.inventory.api.InventoryMessages.INVENTORY_RESERVATION_FAILED;
import static dev.eventline.inventory.api.InventoryMessages.PRODUCT_UPDATED;
import static dev.eventline.inventory.api.InventoryMessages.RESERVE_STOCK;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class InventoryPayloadsTest {
  private final EventPayloads payloads = EventPayloads.forTypes(InventoryMessages.TYPES);

  static List<Example<?>> everyMessage() {
    return InventoryExamples.everyMessage();
  }

  @Test
  void everyRegisteredMessageHasAnExample() {
    assertThat(everyMessage())
        .<EventType<?>>map(Example::type)
        .containsExactlyInAnyOrderElementsOf(InventoryMessages.TYPES.all());
  }

  @Test
  void theCommandsAndTheEventsAreEveryMessage() {
    assertThat(InventoryMessages.COMMANDS.all())
        .hasSize(2)
        .allSatisfy(command -> assertThat(command.topic()).isEqualTo("inventory.commands"));
    assertThat(InventoryMessages.EVENTS.all())
        .hasSize(4)
        .noneSatisfy(event -> assertThat(event.topic()).isEqualTo("inventory.commands"));
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
  void aNegativePriceIsRefused() {
    byte[] negative = StoredSamples.with(PRODUCT_UPDATED, sample -> sample.put("priceCents", -1));

    assertThatThrownBy(() -> payloads.read(PRODUCT_UPDATED, 1, negative))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("does not match its schema")
        .hasMessageContaining("priceCents");
  }

  @Test
  void aReservationOfNoItemsIsRefused() {
    byte[] none =
        StoredSamples.with(
            RESERVE_STOCK, sample -> ((ObjectNode) sample.get("lines").get(0)).put("quantity", 0));

    assertThatThrownBy(() -> payloads.read(RESERVE_STOCK, 1, none))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("quantity");
  }

  @Test
  void aReservationThatNamesASkuTwiceIsRefused() {
    byte[] twice =
        StoredSamples.with(
            RESERVE_STOCK,
            sample -> {
              ArrayNode lines = (ArrayNode) sample.get("lines");
              lines.add(lines.get(0).deepCopy());
            });

    assertThatThrownBy(() -> payloads.read(RESERVE_STOCK, 1, twice))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("must name each sku once; coffee-beans-1kg repeats");
  }

  @Test
  void aReservationSentBeforeItNamedTheCustomerIsStillRead() {
    byte[] older = StoredSamples.with(RESERVE_STOCK, sample -> sample.remove("userId"));

    ReserveStock read = payloads.read(RESERVE_STOCK, 1, older);

    assertThat(read.userId()).isEmpty();
    assertThat(read.lines()).isEqualTo(InventoryExamples.reserveStock().lines());
  }

  @Test
  void aReservationWithoutTheCustomerIsWrittenWithoutTheField() {
    ReserveStock older =
        new ReserveStock(InventoryExamples.ORDER_ID, List.of(InventoryExamples.CUP));

    assertThat(
            EventPayloads.wireFormat().readTree(payloads.write(RESERVE_STOCK, older)).has("userId"))
        .isFalse();
  }

  @Test
  void aReservationForABlankCustomerIsRefused() {
    byte[] blank = StoredSamples.with(RESERVE_STOCK, sample -> sample.put("userId", " "));

    assertThatThrownBy(() -> payloads.read(RESERVE_STOCK, 1, blank))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("userId");
  }

  @Test
  void aFailureWithEnoughStockAvailableIsRefused() {
    byte[] enough =
        StoredSamples.with(INVENTORY_RESERVATION_FAILED, sample -> sample.put("available", 1));

    assertThatThrownBy(() -> payloads.read(INVENTORY_RESERVATION_FAILED, 1, enough))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("available must be less than the 1 requested, not 1");
  }

  @Test
  void aProductWithoutADescriptionFieldIsRefusedButAnEmptyOneIsRead() {
    byte[] without = StoredSamples.with(PRODUCT_UPDATED, sample -> sample.remove("description"));
    byte[] empty = StoredSamples.with(PRODUCT_UPDATED, sample -> sample.put("description", ""));

    assertThatThrownBy(() -> payloads.read(PRODUCT_UPDATED, 1, without))
        .isInstanceOf(InvalidPayloadException.class)
        .hasMessageContaining("description");
    assertThat(payloads.read(PRODUCT_UPDATED, 1, empty).description()).isEmpty();
  }

  @Test
  void fieldsAddedByANewerProducerAreIgnored() {
    byte[] withMore = StoredSamples.with(PRODUCT_UPDATED, sample -> sample.put("stock", 40));

    assertThat(payloads.read(PRODUCT_UPDATED, 1, withMore))
        .isEqualTo(InventoryExamples.coffeeBeans());
  }
}
