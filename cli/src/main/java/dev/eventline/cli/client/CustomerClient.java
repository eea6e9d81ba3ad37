package dev.eventline.cli.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What one customer does through the API: deposits, orders, the catalogue. */
public final class CustomerClient {
  /** The largest page the order and catalogue searches serve. */
  public static final int MAX_PAGE_SIZE = 100;

  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final String userId;
  private final JsonApi orders;
  private final JsonApi payments;
  private final JsonApi inventory;

  CustomerClient(String userId, JsonApi orders, JsonApi payments, JsonApi inventory) {
    this.userId = userId;
    this.orders = orders;
    this.payments = payments;
    this.inventory = inventory;
  }

  public String userId() {
    return userId;
  }

  /**
   * Places an order; the same {@code idempotencyKey} with the same lines answers the same order.
   *
   * @param idempotencyKey sent as {@code Idempotency-Key} when present
   * @throws ApiException 422 "Unknown product" for a sku the order service does not know (yet)
   */
  public AcceptedOrder placeOrder(List<OrderLine> lines, Optional<String> idempotencyKey) {
    Map<String, String> headers =
        idempotencyKey.map(key -> Map.of(IDEMPOTENCY_KEY, key)).orElse(Map.of());
    return orders.post("/api/orders", new PlaceOrder(lines), headers, AcceptedOrder.class);
  }

  public OrderView order(UUID orderId) {
    return orders.get("/api/orders/" + orderId, OrderView.class);
  }

  /** One page of the customer's orders, those in {@code status} only when present. */
  public OrderPage orders(Optional<OrderStatus> status, int page, int size) {
    String filter = status.map(s -> "status=" + s + "&").orElse("");
    return orders.get("/api/orders?" + filter + "page=" + page + "&size=" + size, OrderPage.class);
  }

  /** Every order of the customer, page after page. */
  public List<OrderView> allOrders() {
    List<OrderView> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      OrderPage found = orders(Optional.empty(), page, MAX_PAGE_SIZE);
      all.addAll(found.orders());
      if (found.orders().isEmpty() || all.size() >= found.total()) {
        return all;
      }
    }
  }

  /** How many of the customer's orders are still PENDING. */
  public long pendingOrders() {
    return orders(Optional.of(OrderStatus.PENDING), 0, 1).total();
  }

  /** Adds money to the wallet, once per {@code idempotencyKey}. */
  public DepositReceipt deposit(long amountCents, String idempotencyKey) {
    return payments.post(
        "/api/wallet/deposits",
        new Deposit(amountCents),
        Map.of(IDEMPOTENCY_KEY, idempotencyKey),
        DepositReceipt.class);
  }

  public long balanceCents() {
    return payments.get("/api/wallet", Wallet.class).balanceCents();
  }

  /** One page of the catalogue; an empty {@code query} lists every product by sku. */
  public CataloguePage products(String query, int page, int size) {
    return inventory.get(
        "/api/products?q=" + PathSegment.query(query) + "&page=" + page + "&size=" + size,
        CataloguePage.class);
  }

  /** Every product whose name or description matches {@code query}, page after page. */
  public List<CatalogueItem> allProducts(String query) {
    List<CatalogueItem> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      CataloguePage found = products(query, page, MAX_PAGE_SIZE);
      all.addAll(found.items());
      if (found.items().isEmpty() || all.size() >= found.total()) {
        return all;
      }
    }
  }

  private record PlaceOrder(List<OrderLine> items) {}

  private record Deposit(long amountCents) {}

  private record Wallet(long balanceCents) {}
}
