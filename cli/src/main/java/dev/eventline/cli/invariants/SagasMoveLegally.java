package dev.eventline.cli.invariants;

import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.Saga;
import dev.eventline.cli.client.SagaHistoryLine;
import dev.eventline.cli.client.SagaState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * I5: each saga's history is continuous, every move in it legal (see {@link SagaMoves}), every step
 * one of its saga's, it ends where the saga is, and the saga's end matches its order's: COMPLETED
 * with COMPLETED, COMPENSATED with CANCELLED.
 */
final class SagasMoveLegally {
  static final String ID = "I5";
  static final String TITLE = "sagas move along legal transitions";

  private SagasMoveLegally() {}

  static InvariantResult check(SystemSnapshot snapshot, Map<String, List<String>> sagaSteps) {
    Violations violations = new Violations();
    int sagas = 0;
    int lines = 0;
    for (OrderSnapshot order : snapshot.orders().toList()) {
      if (order.saga().isEmpty()) {
        violations.add("order " + order.order().orderId() + " has no saga");
        continue;
      }
      Saga saga = order.saga().get();
      sagas++;
      lines += saga.history().size();
      problem(order.order().status(), saga, sagaSteps)
          .ifPresent(problem -> violations.add("saga " + saga.sagaId() + ": " + problem));
    }
    return violations.result(
        ID,
        TITLE,
        "%d sagas, %d history lines: continuous, legal, matching their orders"
            .formatted(sagas, lines));
  }

  private static Optional<String> problem(
      OrderStatus order, Saga saga, Map<String, List<String>> sagaSteps) {
    List<String> steps = sagaSteps.get(saga.type());
    if (steps == null) {
      return Optional.of("unknown saga type " + saga.type());
    }
    List<SagaHistoryLine> history = saga.history();
    if (history.isEmpty()) {
      return Optional.of("no history");
    }
    SagaMoves moves = new SagaMoves(steps);
    Optional<String> first = moves.firstLineProblem(history.getFirst());
    if (first.isPresent()) {
      return first;
    }
    for (int i = 1; i < history.size(); i++) {
      Optional<String> move = moves.moveProblem(history.get(i - 1), history.get(i));
      if (move.isPresent()) {
        return Optional.of("line " + (i + 1) + ": " + move.get());
      }
    }
    SagaHistoryLine last = history.getLast();
    if (last.toState() != saga.state() || !last.toStep().equals(saga.step())) {
      return Optional.of(
          "is %s %s but its history ends at %s %s"
              .formatted(saga.state(), saga.step(), last.toState(), last.toStep()));
    }
    if (!matches(order, saga.state())) {
      return Optional.of("is " + saga.state() + " but its order is " + order);
    }
    return Optional.empty();
  }

  private static boolean matches(OrderStatus order, SagaState saga) {
    return switch (order) {
      case COMPLETED -> saga == SagaState.COMPLETED;
      case CANCELLED -> saga == SagaState.COMPENSATED;
      case PENDING -> !saga.isTerminal();
    };
  }
}
