package dev.eventline.orders;

import java.util.Collection;
import java.util.Map;

/** The order service's own read model of the catalogue, fed by the inventory service's events. */
public interface Catalogue {
  /** Stores {@code product} unless a newer announcement of its sku is stored already. */
  void update(Product product);

  /** The products of {@code skus} that are known, by sku. */
  Map<String, Product> find(Collection<String> skus);
}
