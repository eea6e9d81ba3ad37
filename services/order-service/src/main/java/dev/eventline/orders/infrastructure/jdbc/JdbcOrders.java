package dev.eventline.orders.infrastructure.jdbc;

import dev.eventline.orders.Order;
import dev.eventline.orders.OrderItem;
import dev.eventline.orders.OrderPage;
import dev.eventline.orders.OrderStatus;
import dev.eventline.orders.Orders;
import dev.eventline.orders.api.CancellationReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Orders in {@code orders} and {@code order_lines}. */
public final class JdbcOrders implements Orders {
  private static final String COLUMNS =
      "id, user_id, status, cancellation_reason, total_cents, created_at, updated_at";

  private final JdbcClient jdbc;

  public JdbcOrders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean add(Order order, Optional<IdempotentRequest> request) {
    // ON CONFLICT waits for a concurrent insert of the same key, then skips: the caller re-reads.
    int inserted =
        jdbc.sql(
                """
                INSERT INTO orders (id, user_id, status, total_cents, idempotency_key,
                                    request_fingerprint, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (user_id, idempotency_key) DO NOTHING
                """)
            .params(
                order.id(),
                order.userId(),
                order.status().name(),
                order.totalCents(),
                request.map(IdempotentRequest::key).orElse(null),
                request.map(IdempotentRequest::fingerprint).orElse(null),
                Timestamp.from(order.createdAt()),
                Timestamp.from(order.updatedAt()))
            .update();
    if (inserted == 0) {
      return false;
    }
    for (OrderItem item : order.items()) {
      jdbc.sql(
              "INSERT INTO order_lines (order_id, sku, quantity, unit_price_cents)"
                  + " VALUES (?, ?, ?, ?)")
          .params(order.id(), item.sku(), item.quantity(), item.unitPriceCents())
          .update();
    }
    return true;
  }

  @Override
  public Optional<IdempotentOrder> findByKey(String userId, String idempotencyKey) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + ", request_fingerprint FROM orders WHERE user_id = ? AND idempotency_key = ?")
        .params(userId, idempotencyKey)
        .query(
            (row, n) ->
                new IdempotentOrder(withoutItems(row), row.getString("request_fingerprint")))
        .optional()
        .map(found -> new IdempotentOrder(withItems(found.order()), found.fingerprint()));
  }

  @Override
  public Optional<Order> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = ?")
        .param(id)
        .query((row, n) -> withoutItems(row))
        .optional()
        .map(this::withItems);
  }

  @Override
  public boolean complete(UUID id, Instant at) {
    return jdbc.sql(
                "UPDATE orders SET status = 'COMPLETED', updated_at = ?"
                    + " WHERE id = ? AND status = 'PENDING'")
            .params(Timestamp.from(at), id)
            .update()
        == 1;
  }

  @Override
  public boolean cancel(UUID id, CancellationReason reason, Instant at) {
    return jdbc.sql(
                "UPDATE orders SET status = 'CANCELLED', cancellation_reason = ?, updated_at = ?"
                    + " WHERE id = ? AND status = 'PENDING'")
            .params(reason.name(), Timestamp.from(at), id)
            .update()
        == 1;
  }

  @Override
  public OrderPage ofUser(String userId, Optional<OrderStatus> status, int page, int size) {
    String filter = "user_id = ? AND (CAST(? AS text) IS NULL OR status = ?)";
    String wanted = status.map(OrderStatus::name).orElse(null);
    long total =
        jdbc.sql("SELECT count(*) FROM orders WHERE " + filter)
            .params(userId, wanted, wanted)
            .query(Long.class)
            .single();
    List<Order> orders =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM orders WHERE "
                    + filter
                    + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
            .params(userId, wanted, wanted, size, (long) page * size)
            .query((row, n) -> withoutItems(row))
            .list();
    return new OrderPage(withItems(orders), page, size, total);
  }

  // A row mapper must not query: outside a transaction each query takes a connection of its own,
  // and requests that each hold one while waiting for a second exhaust the pool. The lines are
  // read after the orders, in one query for all of them.
  private static Order withoutItems(ResultSet row) throws SQLException {
    String reason = row.getString("cancellation_reason");
    return new Order(
        row.getObject("id", UUID.class),
        row.getString("user_id"),
        OrderStatus.valueOf(row.getString("status")),
        Optional.ofNullable(reason).map(CancellationReason::valueOf),
        List.of(),
        row.getLong("total_cents"),
        row.getTimestamp("created_at").toInstant(),
        row.getTimestamp("updated_at").toInstant());
  }

  private Order withItems(Order order) {
    return withItems(List.of(order)).getFirst();
  }

  private List<Order> withItems(List<Order> orders) {
    if (orders.isEmpty()) {
      return orders;
    }
    Map<UUID, List<OrderItem>> items = new HashMap<>();
    jdbc.sql(
            "SELECT order_id, sku, quantity, unit_price_cents FROM order_lines"
                + " WHERE order_id IN (:ids) ORDER BY sku")
        .param("ids", orders.stream().map(Order::id).toList())
        .query(
            (RowCallbackHandler)
                row ->
                    items
                        .computeIfAbsent(
                            row.getObject("order_id", UUID.class), id -> new ArrayList<>())
                        .add(
                            new OrderItem(
                                row.getString("sku"),
                                row.getInt("quantity"),
                                row.getLong("unit_price_cents"))));
    return orders.stream()
        .map(
            order ->
                new Order(
                    order.id(),
                    order.userId(),
                    order.status(),
                    order.cancellationReason(),
                    items.getOrDefault(order.id(), List.of()),
                    order.totalCents(),
                    order.createdAt(),
                    order.updatedAt()))
        .toList();
  }
}
