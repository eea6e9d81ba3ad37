package dev.eventline.kit.web.sample;

import dev.eventline.kit.web.CurrentUser;
import dev.eventline.kit.web.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SampleController {
  record Deposit(@Positive long amountCents) {}

  @GetMapping("/api/me")
  Map<String, Object> me(CurrentUser user) {
    return Map.of("userId", user.id(), "admin", user.isAdmin());
  }

  @GetMapping("/api/admin/ping")
  Map<String, String> adminPing(CurrentUser user) {
    return Map.of("userId", user.id());
  }

  @PostMapping("/api/admin/dead-letters/{id}/replay")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void replay(@PathVariable String id) {
    if (!id.startsWith("orders.created.dlq:")) {
      throw new ProblemException(HttpStatus.NOT_FOUND, "No dead letter", "No dead letter " + id);
    }
  }

  @PostMapping(path = "/api/deposits", consumes = "application/json")
  Deposit deposit(@Valid @RequestBody Deposit deposit) {
    return deposit;
  }

  @GetMapping("/api/boom")
  String boom() {
    throw new IllegalStateException("database password is hunter2");
  }

  @GetMapping("/api/orders/42")
  String missingOrder() {
    throw new ProblemException(HttpStatus.NOT_FOUND, "Order not found", "No order 42.");
  }
}
