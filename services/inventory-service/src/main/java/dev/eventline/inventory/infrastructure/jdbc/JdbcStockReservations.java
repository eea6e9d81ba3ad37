package dev.eventline.inventory.infrastructure.jdbc;

import dev.eventline.inventory.ReservationLine;
import dev.eventline.inventory.ReservationStatus;
import dev.eventline.inventory.Shortage;
import dev.eventline.inventory.StockReservation;
import dev.eventline.inventory.StockReservations;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reservations in {@code stock_reservations}, one row per order (its primary key), with the lines
 * they hold in {@code stock_reservation_lines}.
 */
final class JdbcStockReservations implements StockReservations {
  private static final String SELECT =
      """
      SELECT user_id, status, short_sku, short_requested, short_available
      FROM stock_reservations WHERE order_id = :order
      """;

  private final JdbcClient jdbc;

  JdbcStockReservations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<StockReservation> lock(UUID orderId) {
    return read(orderId, SELECT + " FOR UPDATE");
  }

  @Override
  public Optional<StockReservation> find(UUID orderId) {
    return read(orderId, SELECT);
  }

  @Override
  public void add(StockReservation reservation) {
    // A concurrent add for the same order fails on the primary key; the caller's transaction rolls
    // back with its stock changes, and a retry finds the reservation the other one recorded.
    Optional<Shortage> shortage = reservation.shortage();
    jdbc.sql(
            """
            INSERT INTO stock_reservations
                (order_id, user_id, status, short_sku, short_requested, short_available)
            VALUES (:order, :user, :status, :sku, :requested, :available)
            """)
        .param("order", reservation.orderId())
        .param("user", reservation.userId().orElse(null))
        .param("status", reservation.status().name())
        .param("sku", shortage.map(Shortage::sku).orElse(null))
        .param("requested", shortage.map(Shortage::requested).orElse(null))
        .param("available", shortage.map(Shortage::available).orElse(null))
        .update();
    List<ReservationLine> lines = reservation.lines();
    for (int number = 0; number < lines.size(); number++) {
      ReservationLine line = lines.get(number);
      jdbc.sql(
              """
              INSERT INTO stock_reservation_lines (order_id, line_number, sku, quantity)
              VALUES (:order, :number, :sku, :quantity)
              """)
          .param("order", reservation.orderId())
          .param("number", number)
          .param("sku", line.sku())
          .param("quantity", line.quantity())
          .update();
    }
  }

  @Override
  public void update(StockReservation reservation) {
    int updated =
        jdbc.sql(
                "UPDATE stock_reservations SET status = :status, user_id = :user,"
                    + " updated_at = now() WHERE order_id = :order")
            .param("status", reservation.status().name())
            .param("user", reservation.userId().orElse(null))
            .param("order", reservation.orderId())
            .update();
    if (updated != 1) {
      throw new IllegalStateException("no reservation of order " + reservation.orderId());
    }
  }

  private Optional<StockReservation> read(UUID orderId, String select) {
    Optional<Row> row =
        jdbc.sql(select)
            .param("order", orderId)
            .query(
                (result, number) -> {
                  String sku = result.getString("short_sku");
                  return new Row(
                      Optional.ofNullable(result.getString("user_id")),
                      ReservationStatus.valueOf(result.getString("status")),
                      sku == null
                          ? Optional.empty()
                          : Optional.of(
                              new Shortage(
                                  sku,
                                  result.getInt("short_requested"),
                                  result.getInt("short_available"))));
                })
            .optional();
    return row.map(
        found ->
            new StockReservation(
                orderId, found.userId(), found.status(), lines(orderId), found.shortage()));
  }

  private record Row(
      Optional<String> userId, ReservationStatus status, Optional<Shortage> shortage) {}

  private List<ReservationLine> lines(UUID orderId) {
    return jdbc.sql(
            "SELECT sku, quantity FROM stock_reservation_lines WHERE order_id = :order"
                + " ORDER BY line_number")
        .param("order", orderId)
        .query((row, number) -> new ReservationLine(row.getString("sku"), row.getInt("quantity")))
        .list();
  }
}
