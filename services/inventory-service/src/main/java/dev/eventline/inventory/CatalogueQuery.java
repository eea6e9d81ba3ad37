package dev.eventline.inventory;

import java.util.Objects;

/**
 * A search of the catalogue: the words to look for in names and descriptions ({@code ""} lists
 * every product) and which page of results, counted from 0.
 */
public record CatalogueQuery(String text, int page, int size) {
  public static final int MAX_SIZE = 100;
  private static final int MAX_TEXT = 200;

  public CatalogueQuery {
    text = Objects.requireNonNull(text, "the search text may be empty but not null").strip();
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "a search is at most " + MAX_TEXT + " characters, not " + text.length());
    }
    if (page < 0) {
      throw new IllegalArgumentException("pages count from 0, not " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "a page holds 1 to " + MAX_SIZE + " products, not " + size);
    }
  }

  public boolean listsEverything() {
    return text.isEmpty();
  }

  public long offset() {
    return (long) page * size;
  }
}
