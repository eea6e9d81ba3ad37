package dev.eventline.inventory.infrastructure.jdbc;

import dev.eventline.inventory.Catalogue;
import dev.eventline.inventory.CatalogueItem;
import dev.eventline.inventory.CataloguePage;
import dev.eventline.inventory.CatalogueQuery;
import dev.eventline.inventory.Product;
import dev.eventline.inventory.Stock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalogue in the {@code products} table, searched through its {@code tsvector} column. */
final class JdbcCatalogue implements Catalogue {
  private static final RowMapper<CatalogueItem> ITEM =
      (row, number) ->
          new CatalogueItem(
              row.getString("sku"),
              row.getString("name"),
              row.getLong("price_cents"),
              row.getInt("available"));

  private final JdbcClient jdbc;

  JdbcCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Stock> lockStock(Collection<String> skus) {
    if (skus.isEmpty()) {
      return Map.of();
    }
    // PostgreSQL locks the rows as they leave the sort: in sku order.
    List<Stock> rows =
        jdbc.sql(
                "SELECT sku, stock, reserved FROM products WHERE sku IN (:skus)"
                    + " ORDER BY sku FOR UPDATE")
            .param("skus", List.copyOf(skus))
            .query(
                (row, number) ->
                    new Stock(row.getString("sku"), row.getInt("stock"), row.getInt("reserved")))
            .list();
    Map<String, Stock> bySku = new LinkedHashMap<>();
    rows.forEach(stock -> bySku.put(stock.sku(), stock));
    return bySku;
  }

  @Override
  public void save(Product product, Stock stock) {
    // `reserved` is only ever written by update(): a concurrent creation of the same sku keeps it.
    jdbc.sql(
            """
            INSERT INTO products (sku, name, description, price_cents, stock, reserved)
            VALUES (:sku, :name, :description, :price, :stock, :reserved)
            ON CONFLICT (sku) DO UPDATE SET
                name = excluded.name,
                description = excluded.description,
                price_cents = excluded.price_cents,
                stock = excluded.stock,
                updated_at = now()
            """)
        .param("sku", product.sku())
        .param("name", product.name())
        .param("description", product.description())
        .param("price", product.priceCents())
        .param("stock", stock.onHand())
        .param("reserved", stock.reserved())
        .update();
  }

  @Override
  public void update(Collection<Stock> stock) {
    for (Stock each : stock) {
      int updated =
          jdbc.sql(
                  "UPDATE products SET stock = :stock, reserved = :reserved, updated_at = now()"
                      + " WHERE sku = :sku")
              .param("stock", each.onHand())
              .param("reserved", each.reserved())
              .param("sku", each.sku())
              .update();
      if (updated != 1) {
        throw new IllegalStateException("no product " + each.sku() + " to update the stock of");
      }
    }
  }

  @Override
  public CataloguePage search(CatalogueQuery query) {
    List<CatalogueItem> items;
    long total;
    if (query.listsEverything()) {
      items =
          jdbc.sql(
                  "SELECT sku, name, price_cents, stock - reserved AS available FROM products"
                      + " ORDER BY sku LIMIT :size OFFSET :offset")
              .param("size", query.size())
              .param("offset", query.offset())
              .query(ITEM)
              .list();
      total = jdbc.sql("SELECT count(*) FROM products").query(Long.class).single();
    } else {
      // websearch_to_tsquery never fails on user input: quotes, "or" and "-word" work as on the
      // web, and anything else is taken as words.
      items =
          jdbc.sql(
                  """
                  SELECT sku, name, price_cents, stock - reserved AS available
                  FROM products, websearch_to_tsquery('english', :text) AS query
                  WHERE search_document @@ query
                  ORDER BY ts_rank(search_document, query) DESC, sku
                  LIMIT :size OFFSET :offset
                  """)
              .param("text", query.text())
              .param("size", query.size())
              .param("offset", query.offset())
              .query(ITEM)
              .list();
      total =
          jdbc.sql(
                  "SELECT count(*) FROM products"
                      + " WHERE search_document @@ websearch_to_tsquery('english', :text)")
              .param("text", query.text())
              .query(Long.class)
              .single();
    }
    return new CataloguePage(items, query.page(), query.size(), total);
  }
}
