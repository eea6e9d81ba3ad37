package dev.eventline.inventory.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.inventory.application.ProductAdministration;
import dev.eventline.kit.messaging.EventOrigin;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A running inventory's products and reservations as a test sees them: it stocks products and
 * checks the books, the service's own form of invariant I3.
 */
final class StockBooks {
  private final ConfigurableApplicationContext inventory;
  private final JdbcClient jdbc;

  StockBooks(ConfigurableApplicationContext inventory) {
    this.inventory = inventory;
    this.jdbc = inventory.getBean(JdbcClient.class);
  }

  /** A new product with {@code stock} items; returns its sku. */
  String product(int stock) {
    String sku = "sku-" + UUID.randomUUID().toString().substring(0, 8);
    admin().upsertProduct(sku, "Product " + sku, "", 100, stock, EventOrigin.request("stocking"));
    return sku;
  }

  /** Sets the product's stock to {@code stock}, as an administrator does. */
  void restock(String sku, int stock) {
    admin().upsertProduct(sku, "Product " + sku, "", 100, stock, EventOrigin.request("restock"));
  }

  int available(String sku) {
    return jdbc.sql("SELECT stock - reserved FROM products WHERE sku = ?")
        .param(sku)
        .query(Integer.class)
        .single();
  }

  long productCount() {
    return jdbc.sql("SELECT count(*) FROM products").query(Long.class).single();
  }

  /** The order's reservation status, or null when the inventory never heard of it. */
  String status(UUID orderId) {
    return jdbc.sql("SELECT status FROM stock_reservations WHERE order_id = ?")
        .param(orderId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /**
   * Each product's reserved count is the sum of the lines of the orders that hold it (RESERVED),
   * and never more than its stock: {@code stock - reserved-and-not-released = available >= 0}.
   */
  void assertBalanced() {
    assertThat(
            jdbc.sql(
                    """
                    SELECT p.sku FROM products p
                    LEFT JOIN (SELECT l.sku, sum(l.quantity) AS held
                               FROM stock_reservation_lines l
                               JOIN stock_reservations r USING (order_id)
                               WHERE r.status = 'RESERVED' GROUP BY l.sku) h USING (sku)
                    WHERE p.reserved <> coalesce(h.held, 0) OR p.reserved > p.stock
                    """)
                .query(String.class)
                .list())
        .as("products whose reserved count disagrees with their reservations")
        .isEmpty();
  }

  private ProductAdministration admin() {
    return inventory.getBean(ProductAdministration.class);
  }
}
