package dev.eventline.payments.application;

import dev.eventline.payments.ConflictingDeposit;
import dev.eventline.payments.Deposit;
import dev.eventline.payments.Deposits;
import dev.eventline.payments.Wallet;
import dev.eventline.payments.Wallets;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** A customer's wallet: its balance, and deposits made once per idempotency key. */
public class WalletService {
  private final Wallets wallets;
  private final Deposits deposits;

  public WalletService(Wallets wallets, Deposits deposits) {
    this.wallets = wallets;
    this.deposits = deposits;
  }

  /** The user's wallet; an empty one when they never deposited. */
  @Transactional(readOnly = true)
  public Wallet walletOf(String userId) {
    return wallets.of(userId);
  }

  /**
   * The user's wallet beside the sum of their deposits, for an operator checking where the money
   * went.
   */
  // Two statements: REPEATABLE READ makes PostgreSQL answer both from one snapshot, so a deposit
  // committing in between cannot show in one number and not the other.
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public WalletStatement statementOf(String userId) {
    return new WalletStatement(wallets.of(userId), deposits.totalOf(userId));
  }

  /**
   * Adds {@code amountCents} to the user's wallet, once per idempotency key: the same key and
   * amount again adds nothing and returns the first deposit.
   *
   * @throws ConflictingDeposit when the key was used for another amount; nothing is added
   * @throws IllegalArgumentException when the amount is below 1 cent or above {@link
   *     Deposit#MAXIMUM_CENTS}, or the key is blank or too long
   */
  @Transactional
  public DepositReceipt deposit(String userId, String idempotencyKey, long amountCents) {
    Deposit requested = new Deposit(userId, idempotencyKey, amountCents);
    if (deposits.add(requested)) {
      wallets.credit(userId, amountCents);
      return new DepositReceipt(requested, false, wallets.of(userId));
    }
    Deposit first =
        deposits
            .find(userId, idempotencyKey)
            .orElseThrow(() -> new IllegalStateException("deposit " + requested + " vanished"));
    return new DepositReceipt(first.repeatedAs(requested), true, wallets.of(userId));
  }
}
