package dev.eventline.orders.infrastructure.jdbc;

import dev.eventline.orders.Catalogue;
import dev.eventline.orders.Product;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalogue read model in the table {@code products}. */
public final class JdbcCatalogue implements Catalogue {
  private final JdbcClient jdbc;

  public JdbcCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void update(Product product) {
    // An announcement older than the stored one loses; an equal time is a later offset, so wins.
    jdbc.sql(
            """
            INSERT INTO products (sku, name, price_cents, updated) VALUES (?, ?, ?, ?)
            ON CONFLICT (sku) DO UPDATE
              SET name = EXCLUDED.name, price_cents = EXCLUDED.price_cents,
                  updated = EXCLUDED.updated
              WHERE products.updated <= EXCLUDED.updated
            """)
        .params(
            product.sku(), product.name(), product.priceCents(), Timestamp.from(product.updated()))
        .update();
  }

  @Override
  public Map<String, Product> find(Collection<String> skus) {
    if (skus.isEmpty()) {
      return Map.of();
    }
    List<Product> found =
        jdbc.sql("SELECT sku, name, price_cents, updated FROM products WHERE sku = ANY (?)")
            .param(skus.toArray(String[]::new))
            .query(
                (row, n) ->
                    new Product(
                        row.getString("sku"),
                        row.getString("name"),
                        row.getLong("price_cents"),
                        row.getTimestamp("updated").toInstant()))
            .list();
    return found.stream().collect(Collectors.toMap(Product::sku, Function.identity()));
  }
}
