package dev.eventline.orders;

import java.time.Instant;

/**
 * A product as the order service knows it, from the inventory service's announcements.
 *
 * @param updated when the announcement was made: an older one does not overwrite a newer one
 */
public record Product(String sku, String name, long priceCents, Instant updated) {
  /** Whether an order may include it: every charge must be at least a cent. */
  public boolean forSale() {
    return priceCents >= 1;
  }
}
