package dev.eventline.payments;

import java.util.Optional;

/** The deposits made, by user and idempotency key. */
public interface Deposits {
  /**
   * Records {@code deposit} unless its user already used its key. A concurrent deposit under the
   * same key waits until the other commits or rolls back, so only one of them is recorded.
   *
   * @return whether it was recorded (false: the key was used before)
   */
  boolean add(Deposit deposit);

  Optional<Deposit> find(String userId, String idempotencyKey);

  /** The sum of every deposit the user made; 0 when they never deposited. */
  long totalOf(String userId);
}
