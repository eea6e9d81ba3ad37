package dev.eventline.payments;

/** The wallets, by user id. */
public interface Wallets {
  /** The user's wallet; an empty one when they never deposited. */
  Wallet of(String userId);

  /** Adds {@code amountCents} to the user's balance, opening the wallet on its first credit. */
  void credit(String userId, long amountCents);

  /**
   * Takes {@code amountCents} from the user's balance if, and only if, the balance covers it,
   * atomically against every concurrent debit of the same wallet: two debits that each fit the
   * balance alone but not together never both succeed.
   *
   * @return whether the money was taken
   */
  boolean debit(String userId, long amountCents);
}
