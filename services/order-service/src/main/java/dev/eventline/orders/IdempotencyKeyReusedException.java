package dev.eventline.orders;

import java.util.UUID;

/**
 * The customer sent an Idempotency-Key they had used for a different order (HTTP 422): replaying
 * the first order would not be what they asked for, placing a second would break the key's promise.
 */
public final class IdempotencyKeyReusedException extends RuntimeException {
  private final UUID orderId;

  public IdempotencyKeyReusedException(String key, UUID orderId) {
    super("the Idempotency-Key " + key + " was used for order " + orderId + " with other items");
    this.orderId = orderId;
  }

  /** The order the key was first used for. */
  public UUID orderId() {
    return orderId;
  }
}
