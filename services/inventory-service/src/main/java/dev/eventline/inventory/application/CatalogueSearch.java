package dev.eventline.inventory.application;

import dev.eventline.inventory.Catalogue;
import dev.eventline.inventory.CataloguePage;
import dev.eventline.inventory.CatalogueQuery;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Anyone searches the catalogue by the words of products' names and descriptions. */
public class CatalogueSearch {
  private final Catalogue catalogue;

  CatalogueSearch(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * One page of the products matching {@code query}, best first; an empty or null query lists every
   * product by sku. Words are matched as PostgreSQL full-text search does (English stemming: "mugs"
   * finds "mug"); quotes, {@code or} and {@code -word} work as in a web search.
   *
   * @param page counted from 0
   * @param size 1 to {@value CatalogueQuery#MAX_SIZE}
   * @throws IllegalArgumentException when the page or size is out of range
   */
  // One snapshot, so the page and the total agree.
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public CataloguePage search(String query, int page, int size) {
    return catalogue.search(new CatalogueQuery(query == null ? "" : query, page, size));
  }
}
