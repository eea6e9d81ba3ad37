package dev.eventline.inventory.infrastructure.kafka;

import static dev.eventline.inventory.api.InventoryMessages.RELEASE_STOCK;
import static dev.eventline.inventory.api.InventoryMessages.RESERVE_STOCK;

import dev.eventline.inventory.api.ReleaseStock;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.application.StockKeeping;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.consumer.BusinessRejection;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.saga.SagaLogContext;
import java.util.UUID;

/**
 * The commands on {@code inventory.commands}, each answered in the flow (correlation id, causation)
 * of the command that asked.
 */
final class InventoryCommandHandlers {
  private final StockKeeping stock;

  InventoryCommandHandlers(StockKeeping stock) {
    this.stock = stock;
  }

  EventHandlers handlers(EventPayloads payloads) {
    return EventHandlers.reading(payloads)
        .on(RESERVE_STOCK, SagaLogContext.command(this::handle))
        .on(RELEASE_STOCK, SagaLogContext.command(this::handle))
        .build();
  }

  void handle(ReserveStock command, EventAttributes attributes) throws BusinessRejection {
    requireSubjectIsOrder(command.orderId(), attributes);
    stock.reserve(command, EventOrigin.causedBy(attributes));
  }

  void handle(ReleaseStock command, EventAttributes attributes) throws BusinessRejection {
    requireSubjectIsOrder(command.orderId(), attributes);
    stock.release(command, EventOrigin.causedBy(attributes));
  }

  /**
   * The answer goes out keyed by the order id, which the saga takes for its own id; a command whose
   * subject says otherwise would be answered to no one, so it is dead-lettered instead.
   */
  private static void requireSubjectIsOrder(UUID orderId, EventAttributes attributes)
      throws BusinessRejection {
    if (!attributes.subject().equals(orderId.toString())) {
      throw new BusinessRejection(
          attributes.type()
              + " "
              + attributes.id()
              + " is about order "
              + orderId
              + " but its subject is "
              + attributes.subject());
    }
  }
}
