package dev.eventline.cli.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What an operator does through the admin routes of the three services. */
public final class AdminClient {
  private final JsonApi orders;
  private final JsonApi payments;
  private final JsonApi inventory;

  AdminClient(JsonApi orders, JsonApi payments, JsonApi inventory) {
    this.orders = orders;
    this.payments = payments;
    this.inventory = inventory;
  }

  /** Creates or changes the product {@code sku}; its stock on hand becomes {@code change.stock}. */
  public Product putProduct(String sku, ProductChange change) {
    return inventory.put("/api/admin/products/" + PathSegment.of(sku), change, Product.class);
  }

  /** The order's payment, or empty when no charge or refund of it ever arrived. */
  public Optional<Payment> payment(UUID orderId) {
    return payments.find("/api/admin/payments/" + orderId, Payment.class);
  }

  /** The wallet of {@code userId}; an empty one for a user who never deposited. */
  public WalletStatement wallet(String userId) {
    return payments.get("/api/admin/wallets/" + PathSegment.of(userId), WalletStatement.class);
  }

  /** The sagas {@code query} selects, oldest first, without their history. */
  public List<Saga> sagas(SagaQuery query) {
    List<String> parameters = new ArrayList<>();
    query.states().forEach(state -> parameters.add("state=" + state));
    query
        .olderThan()
        .ifPresent(age -> parameters.add("olderThanSeconds=" + Math.max(0, age.toSeconds())));
    query.type().ifPresent(type -> parameters.add("type=" + PathSegment.query(type)));
    parameters.add("limit=" + query.limit());
    return orders.get("/api/admin/sagas?" + String.join("&", parameters), SagaList.class).sagas();
  }

  /** The saga {@code id} with its history, or empty when there is none. */
  public Optional<Saga> saga(UUID id) {
    return orders.find("/api/admin/sagas/" + id, Saga.class);
  }

  /**
   * Retries the saga's current step, or its compensation, from attempt 1.
   *
   * @throws ApiException 404 for an unknown saga, 409 for a finished one
   */
  public Saga retrySaga(UUID id) {
    return orders.post("/api/admin/sagas/" + id + "/retry", null, Map.of(), Saga.class);
  }

  /**
   * The first {@code limit} dead letters of the topics the order service reads, oldest first.
   *
   * @param topic only this topic's ({@code payments.completed} or {@code payments.completed.dlq})
   *     when present
   */
  public List<DeadLetterEntry> deadLetters(Optional<String> topic, int limit) {
    String filter = topic.map(t -> "topic=" + PathSegment.query(t) + "&").orElse("");
    return orders
        .get("/api/admin/dead-letters?" + filter + "limit=" + limit, DeadLetterList.class)
        .deadLetters();
  }

  /** Sends the dead letter {@code id} back to the topic it came from. */
  public ReplayedDeadLetter replayDeadLetter(String id) {
    return orders.post(
        "/api/admin/dead-letters/" + PathSegment.of(id) + "/replay",
        null,
        Map.of(),
        ReplayedDeadLetter.class);
  }

  private record SagaList(List<Saga> sagas) {
    SagaList {
      sagas = sagas == null ? List.of() : sagas;
    }
  }

  private record DeadLetterList(List<DeadLetterEntry> deadLetters) {
    DeadLetterList {
      deadLetters = deadLetters == null ? List.of() : deadLetters;
    }
  }
}
