package dev.eventline.inventory;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A product of the catalogue, as the administrator describes it. Its stock is a {@link Stock} of
 * its own, changed by reservations as well as by the administrator.
 *
 * @param sku letters, digits, '.', '_' or '-', 1 to 64 of them, starting with a letter or digit: it
 *     appears in URLs and Kafka keys as it is
 * @param description may be empty, never null
 * @param priceCents at least 1, so that every order has something to charge
 */
public record Product(String sku, String name, String description, long priceCents) {
  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  static final int MAX_NAME = 200;
  static final int MAX_DESCRIPTION = 4_000;

  public Product {
    requireSku(sku);
    Objects.requireNonNull(name, "a product needs a name");
    Objects.requireNonNull(description, "a product's description may be empty but not null");
    if (name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException(
          "a product's name must be 1 to " + MAX_NAME + " characters, not blank");
    }
    if (description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException(
          "a product's description must be at most " + MAX_DESCRIPTION + " characters");
    }
    if (priceCents < 1) {
      throw new IllegalArgumentException(
          "a product's price must be at least 1 cent, not " + priceCents);
    }
  }

  /** Returns {@code sku} if it is a valid sku; throws naming the rule otherwise. */
  public static String requireSku(String sku) {
    Objects.requireNonNull(sku, "a sku is required");
    if (!SKU.matcher(sku).matches()) {
      throw new IllegalArgumentException(
          "a sku is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit,"
              + " not '"
              + sku
              + "'");
    }
    return sku;
  }
}
