package dev.eventline.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a customer asks to order, validated and normalized: each sku once (repeated lines are
 * merged), sorted by sku. Two requests that normalize alike are the same request, which is what an
 * Idempotency-Key compares.
 *
 * <p>Limits: 1 to {@value #MAX_LINES} lines as sent, each with a quantity of 1 to {@value
 * #MAX_QUANTITY}, and at most {@value #MAX_QUANTITY} of one sku once merged; a sku is 1 to {@value
 * #MAX_SKU_LENGTH} characters.
 */
public record OrderRequest(List<RequestedItem> items) {
  public static final int MAX_LINES = 100;
  public static final int MAX_QUANTITY = 1_000;
  public static final int MAX_SKU_LENGTH = 64;

  public OrderRequest {
    items = List.copyOf(items);
  }

  /**
   * Validates and normalizes what the customer sent.
   *
   * @throws InvalidOrderException naming the first rule it breaks
   */
  public static OrderRequest of(List<RequestedItem> sent) {
    if (sent == null || sent.isEmpty()) {
      throw new InvalidOrderException("an order needs at least one line");
    }
    if (sent.size() > MAX_LINES) {
      throw new InvalidOrderException(
          "an order has at most " + MAX_LINES + " lines, not " + sent.size());
    }
    Map<String, Integer> merged = new TreeMap<>();
    for (RequestedItem item : sent) {
      if (item == null || item.sku() == null || item.sku().isBlank()) {
        throw new InvalidOrderException("every line needs a sku");
      }
      if (item.sku().length() > MAX_SKU_LENGTH) {
        throw new InvalidOrderException("a sku has at most " + MAX_SKU_LENGTH + " characters");
      }
      if (item.sku().chars().anyMatch(Character::isISOControl)) {
        // PostgreSQL's text cannot even hold a NUL: refused here, not as a database error.
        throw new InvalidOrderException("a sku has no control characters");
      }
      if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
        throw new InvalidOrderException(
            "the quantity of " + item.sku() + " must be 1 to " + MAX_QUANTITY);
      }
      int total = merged.merge(item.sku(), item.quantity(), Integer::sum);
      if (total > MAX_QUANTITY) {
        throw new InvalidOrderException(
            "at most " + MAX_QUANTITY + " of " + item.sku() + " per order, not " + total);
      }
    }
    List<RequestedItem> normalized = new ArrayList<>();
    merged.forEach((sku, quantity) -> normalized.add(new RequestedItem(sku, quantity)));
    return new OrderRequest(normalized);
  }

  /** The normalized request as text ({@code sku×quantity}, sorted): equal iff the requests are. */
  public String fingerprint() {
    return items.stream()
        .map(item -> item.sku() + "\u00d7" + item.quantity())
        .collect(Collectors.joining("\n"));
  }
}
