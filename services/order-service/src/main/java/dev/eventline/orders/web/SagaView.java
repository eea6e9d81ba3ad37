package dev.eventline.orders.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.SagaTransition;
import dev.eventline.kit.saga.operations.SagaOperations;
import dev.eventline.kit.saga.store.StoredSaga;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A saga instance as an operator sees it, and as a customer sees the saga of their own order
 * ({@code GET /api/orders/{id}/saga}); its data stays inside. Listed without its history; read
 * alone ({@code GET /api/admin/sagas/{id}}, or after a retry) with it.
 *
 * @param deadline when its current step times out; null when nothing waits
 * @param history everything that reached it, oldest first; left out of a listing
 */
record SagaView(
    UUID sagaId,
    String type,
    int definitionVersion,
    SagaState state,
    String step,
    int attempt,
    String correlationId,
    Instant createdAt,
    Instant updatedAt,
    Instant deadline,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<TransitionView> history) {

  /** The saga {@code id} with its history, if there is one. */
  static Optional<SagaView> find(SagaOperations operations, UUID id) throws SQLException {
    Optional<StoredSaga> saga = operations.find(id);
    return saga.isEmpty()
        ? Optional.empty()
        : Optional.of(withHistory(saga.get(), operations.history(id)));
  }

  static SagaView listed(StoredSaga saga) {
    return of(saga, null);
  }

  static SagaView withHistory(StoredSaga saga, List<SagaTransition> history) {
    return of(saga, history.stream().map(TransitionView::of).toList());
  }

  private static SagaView of(StoredSaga saga, List<TransitionView> history) {
    return new SagaView(
        saga.id(),
        saga.type(),
        saga.definitionVersion(),
        saga.state(),
        saga.step(),
        saga.attempt(),
        saga.correlationId(),
        saga.createdAt(),
        saga.updatedAt(),
        saga.deadline().orElse(null),
        history);
  }

  /**
   * One line of a saga's history. {@code fromState} and {@code fromStep} are null on the line that
   * started it; {@code causeEventId} is null when no event caused it (a deadline, an operator).
   */
  record TransitionView(
      SagaState fromState,
      String fromStep,
      SagaState toState,
      String toStep,
      String cause,
      String causeEventId,
      Instant at) {
    static TransitionView of(SagaTransition transition) {
      return new TransitionView(
          transition.fromState().orElse(null),
          transition.fromStep().orElse(null),
          transition.toState(),
          transition.toStep(),
          transition.cause(),
          transition.causeEventId().map(Object::toString).orElse(null),
          transition.at());
    }
  }
}
