package dev.eventline.payments.infrastructure.jdbc;

import dev.eventline.payments.Wallet;
import dev.eventline.payments.Wallets;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link Wallets} in the {@code wallets} table. */
final class JdbcWallets implements Wallets {
  private final JdbcClient jdbc;

  JdbcWallets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Wallet of(String userId) {
    return jdbc.sql("SELECT balance_cents FROM wallets WHERE user_id = ?")
        .param(userId)
        .query(Long.class)
        .optional()
        .map(balance -> new Wallet(userId, balance))
        .orElseGet(() -> Wallet.empty(userId));
  }

  @Override
  public void credit(String userId, long amountCents) {
    jdbc.sql(
            """
            INSERT INTO wallets (user_id, balance_cents) VALUES (?, ?)
            ON CONFLICT (user_id) DO UPDATE
               SET balance_cents = wallets.balance_cents + EXCLUDED.balance_cents,
                   updated_at = now()
            """)
        .params(userId, amountCents)
        .update();
  }

  @Override
  public boolean debit(String userId, long amountCents) {
    // One statement, no read before it: concurrent debits queue on the row's lock, and each
    // re-checks the condition against the balance the one before it left (READ COMMITTED).
    return jdbc.sql(
                """
                UPDATE wallets
                   SET balance_cents = balance_cents - ?, updated_at = now()
                 WHERE user_id = ? AND balance_cents >= ?
                """)
            .params(amountCents, userId, amountCents)
            .update()
        == 1;
  }
}
