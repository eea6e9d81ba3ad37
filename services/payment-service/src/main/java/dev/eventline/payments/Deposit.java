package dev.eventline.payments;

/**
 * Money a user put into their wallet, under an idempotency key of their choosing: asking again with
 * the same key and amount is the same deposit, applied once; the same key with another amount is
 * refused ({@link ConflictingDeposit}), since the caller cannot mean both.
 *
 * @param amountCents at least 1 and at most {@link #MAXIMUM_CENTS}
 */
public record Deposit(String userId, String idempotencyKey, long amountCents) {
  /**
   * The most one deposit may add: a hundred million in the currency's units. Far above any real
   * top-up, and it keeps every wallet far from the range of a 64-bit balance.
   */
  public static final long MAXIMUM_CENTS = 10_000_000_000L;

  /** Idempotency keys are the client's; this bounds what we store for one. */
  public static final int MAXIMUM_KEY_LENGTH = 200;

  public Deposit {
    Checks.text(userId, "Deposit.userId");
    Checks.text(idempotencyKey, "Deposit.idempotencyKey");
    if (idempotencyKey.length() > MAXIMUM_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "Deposit.idempotencyKey must be at most " + MAXIMUM_KEY_LENGTH + " characters");
    }
    Checks.between(1, MAXIMUM_CENTS, amountCents, "Deposit.amountCents");
  }

  /**
   * This deposit, asked for again as {@code request} under the same user and key.
   *
   * @return this deposit, when the request names the same amount: nothing more is added
   * @throws ConflictingDeposit when the request names another amount under the same key
   */
  public Deposit repeatedAs(Deposit request) {
    if (!request.userId.equals(userId) || !request.idempotencyKey.equals(idempotencyKey)) {
      throw new IllegalArgumentException(request + " is not a repetition of " + this);
    }
    if (request.amountCents != amountCents) {
      throw new ConflictingDeposit(this, request.amountCents);
    }
    return this;
  }
}
