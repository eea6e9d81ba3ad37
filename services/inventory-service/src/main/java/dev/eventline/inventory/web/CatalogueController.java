package dev.eventline.inventory.web;

import dev.eventline.inventory.CatalogueItem;
import dev.eventline.inventory.CataloguePage;
import dev.eventline.inventory.application.CatalogueSearch;
import dev.eventline.kit.web.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/products?q=&page=&size=}: anyone with a valid token searches the catalogue. */
@RestController
class CatalogueController {
  private final CatalogueSearch search;

  CatalogueController(CatalogueSearch search) {
    this.search = search;
  }

  @GetMapping("/api/products")
  Page products(
      @RequestParam(name = "q", defaultValue = "") String query,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    try {
      return Page.of(search.search(query, page, size));
    } catch (IllegalArgumentException e) {
      throw new ProblemException(HttpStatus.BAD_REQUEST, "Invalid page", e.getMessage());
    }
  }

  /** The response body: {@code {"items":[{"sku","name","priceCents","available"}],...}}. */
  record Page(List<CatalogueItem> items, int page, int size, long total) {
    static Page of(CataloguePage found) {
      return new Page(found.items(), found.page(), found.size(), found.total());
    }
  }
}
