package dev.eventline.inventory;

import java.util.List;

/**
 * One page of a search, best matches first (by sku when listing everything).
 *
 * @param total how many products match, over all pages
 */
public record CataloguePage(List<CatalogueItem> items, int page, int size, long total) {
  public CataloguePage {
    items = List.copyOf(items);
  }

  public long totalPages() {
    return (total + size - 1) / size;
  }
}
