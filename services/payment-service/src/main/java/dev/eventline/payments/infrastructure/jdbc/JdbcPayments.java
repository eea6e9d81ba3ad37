package dev.eventline.payments.infrastructure.jdbc;

import dev.eventline.payments.Payment;
import dev.eventline.payments.PaymentStatus;
import dev.eventline.payments.Payments;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link Payments} in the {@code payments} table, keyed by order id. */
final class JdbcPayments implements Payments {
  private final JdbcClient jdbc;

  JdbcPayments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Payment> find(UUID orderId) {
    return jdbc.sql(
            "SELECT order_id, user_id, status, amount_cents FROM payments WHERE order_id = ?")
        .param(orderId)
        .query(JdbcPayments::payment)
        .optional();
  }

  @Override
  public void add(Payment payment) {
    jdbc.sql("INSERT INTO payments (order_id, user_id, status, amount_cents) VALUES (?, ?, ?, ?)")
        .params(payment.orderId(), payment.userId(), payment.status().name(), payment.amountCents())
        .update();
  }

  @Override
  public boolean replace(Payment current, Payment next) {
    if (!next.equals(
        new Payment(current.orderId(), current.userId(), next.status(), current.amountCents()))) {
      throw new IllegalArgumentException(
          "only a payment's status changes, so " + current + " cannot become " + next);
    }
    return jdbc.sql(
                """
                UPDATE payments SET status = ?, updated_at = now()
                 WHERE order_id = ? AND status = ?
                """)
            .params(next.status().name(), current.orderId(), current.status().name())
            .update()
        == 1;
  }

  private static Payment payment(ResultSet row, int number) throws SQLException {
    return new Payment(
        row.getObject("order_id", UUID.class),
        row.getString("user_id"),
        PaymentStatus.valueOf(row.getString("status")),
        row.getLong("amount_cents"));
  }
}
