package dev.eventline.inventory;

import java.util.Collection;
import java.util.Map;

/** The products and their stock: the repository. */
public interface Catalogue {

  /**
   * The stock of {@code skus}, each row locked until the transaction ends. Rows are locked in sku
   * order, whatever the order of {@code skus}, so that two transactions wanting the same skus queue
   * instead of deadlocking. A sku not in the catalogue is missing from the map.
   */
  Map<String, Stock> lockStock(Collection<String> skus);

  /** Creates the product with its stock, or replaces both. */
  void save(Product product, Stock stock);

  /** Writes the stock of products already in the catalogue. */
  void update(Collection<Stock> stock);

  /** The products whose name or description match {@code query}'s words, one page of them. */
  CataloguePage search(CatalogueQuery query);
}
