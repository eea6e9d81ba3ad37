package dev.eventline.orders.web;

import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.operations.SagaOperations;
import dev.eventline.kit.saga.operations.SagaQuery;
import dev.eventline.kit.saga.store.SagaConflictException;
import dev.eventline.kit.web.ProblemException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/sagas}: an administrator lists saga instances, reads one with its history, and
 * retries a stuck one. kit-web lets only the admin role through; each call of {@link
 * SagaOperations} runs in a transaction of its own.
 */
@RestController
class SagaAdministrationController {
  static final int MAX_LIMIT = 1_000;

  private final SagaOperations operations;

  SagaAdministrationController(SagaOperations operations) {
    this.operations = operations;
  }

  /**
   * Instances oldest first, filtered by any of: {@code state} (repeatable), {@code type}, created
   * more than {@code olderThanSeconds} ago, {@code stuck} (COMPENSATION_FAILED, or not moved for
   * the configured time).
   */
  @GetMapping("/api/admin/sagas")
  SagaListView sagas(
      @RequestParam(name = "state", required = false) List<SagaState> states,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) Long olderThanSeconds,
      @RequestParam(defaultValue = "false") boolean stuck,
      @RequestParam(defaultValue = "100") int limit)
      throws SQLException {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw badQuery("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
    }
    SagaQuery query = SagaQuery.all().limit(limit);
    if (states != null) {
      // "?state=RUNNING," converts to RUNNING and a null: an empty value asks for nothing.
      query = query.inStates(states.stream().filter(Objects::nonNull).toList());
    }
    if (type != null && !type.isBlank()) {
      query = query.ofType(type);
    }
    if (olderThanSeconds != null) {
      if (olderThanSeconds < 0) {
        throw badQuery("olderThanSeconds cannot be negative");
      }
      query = query.olderThan(Duration.ofSeconds(olderThanSeconds));
    }
    if (stuck) {
      query = query.stuck();
    }
    return new SagaListView(operations.list(query).stream().map(SagaView::listed).toList());
  }

  @GetMapping("/api/admin/sagas/{id}")
  SagaView saga(@PathVariable UUID id) throws SQLException {
    return withHistory(id);
  }

  /** Tries the current step, or compensation, again from attempt 1; then answers the saga. */
  @PostMapping("/api/admin/sagas/{id}/retry")
  SagaView retry(@PathVariable UUID id) throws SQLException {
    try {
      operations.retry(id);
    } catch (NoSuchElementException e) {
      throw notFound(id);
    } catch (IllegalStateException e) {
      throw new ProblemException(HttpStatus.CONFLICT, "Saga cannot be retried", e.getMessage());
    } catch (SagaConflictException e) {
      throw new ProblemException(
          HttpStatus.CONFLICT, "Saga busy", "Saga " + id + " kept moving; try again");
    }
    return withHistory(id);
  }

  private SagaView withHistory(UUID id) throws SQLException {
    return SagaView.find(operations, id).orElseThrow(() -> notFound(id));
  }

  private static ProblemException notFound(UUID id) {
    return new ProblemException(HttpStatus.NOT_FOUND, "Saga not found", "There is no saga " + id);
  }

  private static ProblemException badQuery(String detail) {
    return new ProblemException(HttpStatus.BAD_REQUEST, "Invalid saga query", detail);
  }
}
