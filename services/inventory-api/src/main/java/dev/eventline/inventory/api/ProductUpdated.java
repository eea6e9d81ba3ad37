package dev.eventline.inventory.api;

import dev.eventline.kit.messaging.Require;

/**
 * An administrator created or changed a product of the catalogue; the order service prices new
 * orders with {@code priceCents}. Keyed by the sku, so one product's updates stay in order.
 *
 * @param description may be empty, never null
 */
public record ProductUpdated(String sku, String name, String description, long priceCents) {
  public ProductUpdated {
    Require.text(sku, "ProductUpdated.sku");
    Require.text(name, "ProductUpdated.name");
    Require.present(description, "ProductUpdated.description");
    Require.atLeast(0, priceCents, "ProductUpdated.priceCents");
  }
}
