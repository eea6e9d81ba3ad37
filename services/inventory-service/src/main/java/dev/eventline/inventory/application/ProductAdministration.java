package dev.eventline.inventory.application;

import dev.eventline.inventory.Catalogue;
import dev.eventline.inventory.Product;
import dev.eventline.inventory.Stock;
import dev.eventline.inventory.StockBelowReservedException;
import dev.eventline.inventory.StockedProduct;
import dev.eventline.inventory.api.ProductUpdated;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.spring.TransactionalEventPublisher;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/** An administrator creates or changes a product of the catalogue. */
public class ProductAdministration {
  private final Catalogue catalogue;
  private final TransactionalEventPublisher events;

  ProductAdministration(Catalogue catalogue, TransactionalEventPublisher events) {
    this.catalogue = catalogue;
    this.events = events;
  }

  /**
   * Creates the product {@code sku} or replaces its description, price and stock, and announces it
   * with {@code ProductUpdated} (keyed by the sku) so that the order service prices new orders with
   * it. The reservations of the product stay as they are.
   *
   * @param stock how many items there are in all, reserved ones included; at least 0
   * @param origin the request's correlation id (and trace), carried by the event
   * @throws IllegalArgumentException when a value breaks a rule of {@link Product} or {@link Stock}
   * @throws StockBelowReservedException when {@code stock} is less than what orders have reserved
   */
  @Transactional
  public StockedProduct upsertProduct(
      String sku, String name, String description, long priceCents, int stock, EventOrigin origin) {
    Product product = new Product(sku, name, description, priceCents);
    // Locked, so that no reservation slips in between the check and the write.
    Stock current = catalogue.lockStock(List.of(sku)).get(sku);
    Stock next = current == null ? Stock.of(sku, stock) : current.withOnHand(stock);
    catalogue.save(product, next);
    events.publish(sku, new ProductUpdated(sku, name, description, priceCents), origin);
    return new StockedProduct(product, next);
  }
}
