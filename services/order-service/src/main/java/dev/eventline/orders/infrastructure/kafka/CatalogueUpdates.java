package dev.eventline.orders.infrastructure.kafka;

import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.api.ProductUpdated;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.orders.Catalogue;
import dev.eventline.orders.Product;

/**
 * Keeps the catalogue read model up to date from the inventory service's {@code ProductUpdated}.
 * The starter's inbox applies each event once; an older announcement than the stored one (by the
 * event's time) changes nothing, so a replay of old events cannot roll a price back.
 */
public final class CatalogueUpdates {
  private final Catalogue catalogue;

  public CatalogueUpdates(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public EventHandlers handlers(EventPayloads payloads) {
    return EventHandlers.reading(payloads).on(InventoryMessages.PRODUCT_UPDATED, this::on).build();
  }

  void on(ProductUpdated event, EventAttributes about) {
    catalogue.update(new Product(event.sku(), event.name(), event.priceCents(), about.time()));
  }
}
