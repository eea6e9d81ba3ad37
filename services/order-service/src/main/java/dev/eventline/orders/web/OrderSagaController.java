package dev.eventline.orders.web;

import dev.eventline.kit.saga.operations.SagaOperations;
import dev.eventline.kit.web.CurrentUser;
import dev.eventline.kit.web.ProblemException;
import dev.eventline.orders.application.OrderQueries;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/orders/{id}/saga}: the place-order saga of the caller's own order, where it is
 * and every step it took, in the view operators get from {@code /api/admin/sagas/{id}} (the order's
 * id is its saga's). Another customer's order is a 404, as if it did not exist; an administrator
 * sees any.
 */
@RestController
class OrderSagaController {
  private final OrderQueries orders;
  private final SagaOperations operations;

  OrderSagaController(OrderQueries orders, SagaOperations operations) {
    this.orders = orders;
    this.operations = operations;
  }

  @GetMapping("/api/orders/{id}/saga")
  SagaView saga(@PathVariable UUID id, CurrentUser user) throws SQLException {
    // The order settles who may see the saga; an administrator may see any, as under /api/admin.
    if (!user.isAdmin() && orders.order(user.id(), id).isEmpty()) {
      throw notFound(id);
    }
    return SagaView.find(operations, id).orElseThrow(() -> notFound(id));
  }

  private static ProblemException notFound(UUID id) {
    return new ProblemException(
        HttpStatus.NOT_FOUND, "Saga not found", "You have no order " + id + " with a saga");
  }
}
