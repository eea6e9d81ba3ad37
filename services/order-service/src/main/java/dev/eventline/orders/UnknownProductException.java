package dev.eventline.orders;

import java.util.Set;

/**
 * The order names skus the catalogue does not sell (HTTP 422): never announced by the inventory
 * service, or priced at 0, which the catalogue does not sell since every charge is at least a cent.
 */
public final class UnknownProductException extends RuntimeException {
  private final Set<String> skus;

  public UnknownProductException(Set<String> skus) {
    super("unknown products: " + String.join(", ", skus));
    this.skus = Set.copyOf(skus);
  }

  public Set<String> skus() {
    return skus;
  }
}
