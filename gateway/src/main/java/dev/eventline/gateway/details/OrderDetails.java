package dev.eventline.gateway.details;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code GET /api/orders/{id}/details}: the caller's order, and what the other parts of
 * the system know about it. Statuses stay strings: the gateway relays them and must not break when
 * a service adds one.
 */
public record OrderDetails(
    Order order, Part<Saga> saga, Part<Payment> payment, Part<Reservation> reservation) {

  /** The order as its customer sees it (order service, {@code GET /api/orders/{id}}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Order(
      UUID orderId,
      String status,
      @Nullable String cancellationReason,
      long totalCents,
      List<Item> items,
      Instant createdAt,
      Instant updatedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String sku, int quantity, long unitPriceCents) {}
  }

  /**
   * The place-order saga: where it is and every step it took (order service, {@code GET
   * /api/orders/{id}/saga}).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Saga(
      UUID sagaId,
      String state,
      String step,
      int attempt,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Instant deadline,
      List<Transition> history) {

    /** One line of the saga's history; {@code from*} are null on the line that started it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Transition(
        @Nullable String fromState,
        @Nullable String fromStep,
        String toState,
        String toStep,
        String cause,
        Instant at) {}
  }

  /** What happened to the money (payment service, {@code GET /api/wallet/payments/{orderId}}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Payment(String status, long amountCents) {}

  /**
   * The stock set aside for the order (inventory service, {@code GET /api/reservations/{orderId}}):
   * {@code RESERVED}, {@code RELEASED}, {@code FAILED} or {@code RELEASED_BEFORE_RESERVED}.
   *
   * @param lines what the order holds, or held until it was released; empty otherwise
   * @param shortage why nothing was set aside, when {@code FAILED}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Reservation(String status, List<Line> lines, @Nullable Shortage shortage) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String sku, int quantity) {}

    /** Of {@code sku} the order asked for {@code requested}; {@code available} were left. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shortage(String sku, int requested, int available) {}
  }
}
