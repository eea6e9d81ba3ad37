package dev.eventline.payments;

/**
 * A user's money, in cents. A user who never deposited has an empty wallet; the balance is never
 * below zero (the database refuses it too).
 */
public record Wallet(String userId, long balanceCents) {
  public Wallet {
    Checks.text(userId, "Wallet.userId");
    Checks.between(0, Long.MAX_VALUE, balanceCents, "Wallet.balanceCents");
  }

  /** The wallet of a user who has not deposited yet. */
  public static Wallet empty(String userId) {
    return new Wallet(userId, 0);
  }
}
