package dev.eventline.kit.saga.operations;

import dev.eventline.kit.saga.SagaTransition;
import dev.eventline.kit.saga.Transition;
import dev.eventline.kit.saga.engine.SagaEngine;
import dev.eventline.kit.saga.engine.TransactionRunner;
import dev.eventline.kit.saga.store.SagaConflictException;
import dev.eventline.kit.saga.store.SagaFilter;
import dev.eventline.kit.saga.store.SagaStore;
import dev.eventline.kit.saga.store.StoredSaga;
import dev.eventline.kit.saga.store.StoredSagas;
import dev.eventline.kit.saga.store.UnfinishedSagas;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What operators do with sagas, each call in a transaction of its own: list and filter instances,
 * read one's history, and retry one that is stuck.
 *
 * <p>A saga is <em>stuck</em> when it is COMPENSATION_FAILED (a compensation ran out of retries),
 * or unfinished and not updated for longer than {@code stuckAfter}: nothing moved it, not even a
 * deadline.
 *
 * <pre>{@code
 * SagaOperations operations = new SagaOperations(engine, transactions, clock, Duration.ofMinutes(5));
 * for (StoredSaga saga : operations.list(SagaQuery.all().stuck())) {
 *   operations.history(saga.id()).forEach(System.out::println);
 *   operations.retry(saga.id());
 * }
 * }</pre>
 */
public final class SagaOperations {
  private static final int RETRIES_ON_CONFLICT = 3;

  private final SagaEngine engine;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final Duration stuckAfter;
  private final SagaStore store = new SagaStore();
  private final StoredSagas sagas = new StoredSagas();

  public SagaOperations(
      SagaEngine engine, TransactionRunner transactions, Clock clock, Duration stuckAfter) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stuckAfter = Objects.requireNonNull(stuckAfter, "stuckAfter");
  }

  /** The instances {@code query} selects, oldest first. */
  public List<StoredSaga> list(SagaQuery query) throws SQLException {
    Instant now = clock.instant();
    SagaFilter filter =
        new SagaFilter(
            query.type(),
            query.states(),
            query.olderThan().map(now::minus),
            query.stuckOnly() ? Optional.of(now.minus(stuckAfter)) : Optional.empty(),
            query.limit());
    return transactions.inTransaction(connection -> sagas.list(connection, filter));
  }

  /** The instance {@code id}, if there is one. */
  public Optional<StoredSaga> find(UUID id) throws SQLException {
    return transactions.inTransaction(connection -> store.find(connection, id));
  }

  /** Everything that reached the saga {@code id}, oldest first; empty for an unknown saga. */
  public List<SagaTransition> history(UUID id) throws SQLException {
    return transactions.inTransaction(connection -> store.history(connection, id));
  }

  /**
   * Retries the saga's current step, or its compensation, from attempt 1: for a stuck or
   * COMPENSATION_FAILED saga. A saga that moves meanwhile is loaded again, a few times.
   *
   * @throws NoSuchElementException when there is no such saga
   * @throws IllegalStateException when the saga is finished
   */
  public Transition<?> retry(UUID id) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        return transactions.inTransaction(transaction -> engine.retry(transaction, id));
      } catch (SagaConflictException e) {
        if (attempt == RETRIES_ON_CONFLICT) {
          throw e;
        }
      }
    }
  }

  /** Unfinished and stuck instances per saga type and version. */
  public List<UnfinishedSagas> unfinished() throws SQLException {
    Instant idleSince = clock.instant().minus(stuckAfter);
    return transactions.inTransaction(connection -> sagas.unfinished(connection, idleSince));
  }

  /** How long an unfinished saga may go without an update before it counts as stuck. */
  public Duration stuckAfter() {
    return stuckAfter;
  }
}
