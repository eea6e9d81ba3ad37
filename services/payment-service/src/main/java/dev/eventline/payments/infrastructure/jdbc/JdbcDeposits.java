package dev.eventline.payments.infrastructure.jdbc;

import dev.eventline.payments.Deposit;
import dev.eventline.payments.Deposits;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link Deposits} in the {@code deposits} table, keyed by user and idempotency key. */
final class JdbcDeposits implements Deposits {
  private final JdbcClient jdbc;

  JdbcDeposits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean add(Deposit deposit) {
    return jdbc.sql(
                """
                INSERT INTO deposits (user_id, idempotency_key, amount_cents) VALUES (?, ?, ?)
                ON CONFLICT (user_id, idempotency_key) DO NOTHING
                """)
            .params(deposit.userId(), deposit.idempotencyKey(), deposit.amountCents())
            .update()
        == 1;
  }

  @Override
  public Optional<Deposit> find(String userId, String idempotencyKey) {
    return jdbc.sql("SELECT amount_cents FROM deposits WHERE user_id = ? AND idempotency_key = ?")
        .params(userId, idempotencyKey)
        .query(Long.class)
        .optional()
        .map(amount -> new Deposit(userId, idempotencyKey, amount));
  }

  @Override
  public long totalOf(String userId) {
    // PostgreSQL sums bigints into a numeric; the cast back fails loudly should it ever overflow.
    return jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0)::bigint FROM deposits WHERE user_id = ?")
        .param(userId)
        .query(Long.class)
        .single();
  }
}
