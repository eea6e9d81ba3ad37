package dev.eventline.cli.client;

import java.util.List;

/** One page of {@code GET /api/products}; {@code total} counts every page. */
public record CataloguePage(List<CatalogueItem> items, int page, int size, long total) {
  public CataloguePage {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
