package dev.eventline.kit.saga.engine;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.messaging.EventOrigin;
import dev.eventline.kit.messaging.EventPublisher;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaCommand;
import dev.eventline.kit.saga.SagaInput;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaLogContext;
import dev.eventline.kit.saga.SagaMachine;
import dev.eventline.kit.saga.SagaTransition;
import dev.eventline.kit.saga.Transition;
import dev.eventline.kit.saga.store.SagaConflictException;
import dev.eventline.kit.saga.store.SagaStore;
import dev.eventline.kit.saga.store.StoredSaga;
import dev.eventline.kit.saga.store.StoredSagas;
import dev.eventline.kit.saga.store.UnfinishedSagas;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sagas in the service's database: each call loads the instance, applies the {@link
 * SagaMachine}'s rules, saves it over the version it loaded, appends the history line and puts
 * every command in the outbox, all in the one transaction the caller passes, which the caller
 * commits.
 *
 * <pre>{@code
 * // In the transaction that creates the order:
 * engine.start(transaction, PlaceOrderSaga.DEFINITION, order.id(), new PlaceOrder(...), correlationId);
 *
 * // In the consumer of every reply type (definitions.replyTypes()), in the transaction that
 * // records the event in the inbox (the Spring starter's consumers do both):
 * if (inbox.receive(transaction, attributes.id()) == Delivery.FIRST) {
 *   engine.onReply(transaction, attributes, reply);
 * }
 * }</pre>
 *
 * <p>Commands are published with the saga id as subject (so participants answer with it, and
 * replies find their saga), the saga's correlation id, and the causing event, if any, as causation.
 * A call that meets a saga another transaction moved since it loaded it throws {@link
 * SagaConflictException}: roll back and deliver again. Two concurrent deliveries thus never both
 * apply.
 */
public final class SagaEngine {
  private static final Logger log = LoggerFactory.getLogger(SagaEngine.class);

  private final SagaDefinitions definitions;
  private final EventPublisher events;
  private final SagaMetrics metrics;
  private final Clock clock;
  private final SagaStore store = new SagaStore();

  public SagaEngine(
      SagaDefinitions definitions, EventPublisher events, SagaMetrics metrics, Clock clock) {
    this.definitions = Objects.requireNonNull(definitions, "definitions");
    this.events = Objects.requireNonNull(events, "events");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.clock = Objects.requireNonNull(clock, "clock");
    metrics.register(definitions.names());
  }

  /** The definitions this engine runs, every version of each. */
  public SagaDefinitions definitions() {
    return definitions;
  }

  /** Starts a saga of the newest registered version of {@code saga}, caused by a request. */
  public <S extends Record> Transition<S> start(
      Connection transaction, Saga<S> saga, UUID id, S data, String correlationId)
      throws SQLException {
    return start(transaction, saga, id, data, EventOrigin.request(correlationId));
  }

  /**
   * Starts a saga of the newest registered version of {@code saga}: stores it and sends its first
   * command (or runs its first local steps). {@code origin} gives its correlation id, and the
   * causation and trace of its first commands.
   *
   * @throws IllegalStateException when a saga with this id exists
   * @throws IllegalArgumentException when the saga is not registered
   */
  public <S extends Record> Transition<S> start(
      Connection transaction, Saga<S> saga, UUID id, S data, EventOrigin origin)
      throws SQLException {
    try (SagaLogContext logged = SagaLogContext.of(id)) {
      return startLogged(transaction, saga, id, data, origin);
    }
  }

  private <S extends Record> Transition<S> startLogged(
      Connection transaction, Saga<S> saga, UUID id, S data, EventOrigin origin)
      throws SQLException {
    Saga<S> newest = definitions.newestOf(saga);
    if (store.find(transaction, id).isPresent()) {
      throw new IllegalStateException("saga " + id + " exists already: one id, one saga");
    }
    Instant now = now();
    Transition<S> started =
        machine(transaction, id).start(newest, id, data, origin.correlationId(), now);
    if (!store.insert(transaction, started.instance())) {
      throw new IllegalStateException("saga " + id + " exists already: one id, one saga");
    }
    SagaTransition history = started.history();
    SagaTransition line =
        new SagaTransition(
            id,
            history.fromState(),
            history.fromStep(),
            history.toState(),
            history.toStep(),
            history.cause(),
            origin.causationId(),
            history.at());
    store.append(transaction, line);
    publish(transaction, started.commands(), started.instance().stepStartedAt(), origin);
    metrics.started(started.instance(), now);
    return new Transition<>(started.instance(), started.commands(), line, started.acted());
  }

  /**
   * Applies a participant's reply to the saga its subject names. A reply for a saga this database
   * does not hold is ignored with a log line: it is not this service's to apply.
   */
  public Optional<Transition<?>> onReply(
      Connection transaction, EventAttributes attributes, Record reply) throws SQLException {
    Optional<UUID> sagaId = sagaId(attributes.subject());
    Optional<Transition<?>> applied =
        sagaId.isEmpty()
            ? Optional.empty()
            : apply(
                transaction,
                sagaId.get(),
                new SagaInput.Reply(reply, Optional.of(attributes.id())),
                attributes.traceparent());
    if (applied.isEmpty()) {
      log.info(
          "ignored {} {}: there is no saga {}",
          attributes.type(),
          attributes.id(),
          attributes.subject());
    }
    return applied;
  }

  /** Tells the saga its deadline {@code deadline} passed; empty when there is no such saga. */
  public Optional<Transition<?>> onTimeout(Connection transaction, UUID sagaId, Instant deadline)
      throws SQLException {
    return apply(transaction, sagaId, new SagaInput.Timeout(deadline), Optional.empty());
  }

  /**
   * An operator's retry of a stuck or COMPENSATION_FAILED saga: its current step, or compensation,
   * is tried again from attempt 1.
   *
   * @throws NoSuchElementException when there is no such saga
   * @throws IllegalStateException when the saga is finished
   */
  public Transition<?> retry(Connection transaction, UUID sagaId) throws SQLException {
    return apply(transaction, sagaId, new SagaInput.OperatorRetry(), Optional.empty())
        .orElseThrow(() -> new NoSuchElementException("there is no saga " + sagaId));
  }

  /**
   * The startup check: every unfinished stored instance has its definition version registered.
   *
   * @throws IllegalStateException naming each saga type and version that has none, and how many
   *     instances wait for it
   */
  public void verifyStoredVersions(Connection connection) throws SQLException {
    List<String> missing = new ArrayList<>();
    for (UnfinishedSagas unfinished : new StoredSagas().unfinished(connection, now())) {
      if (definitions.find(unfinished.type(), unfinished.definitionVersion()).isEmpty()) {
        missing.add(
            unfinished.count()
                + " unfinished instance(s) of saga "
                + unfinished.type()
                + " v"
                + unfinished.definitionVersion()
                + " have no definition (registered: "
                + definitions
                + "): register it until they drain");
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "the saga engine cannot start: " + String.join("; ", missing));
    }
  }

  private Optional<Transition<?>> apply(
      Connection transaction, UUID sagaId, SagaInput input, Optional<String> traceparent)
      throws SQLException {
    try (SagaLogContext logged = SagaLogContext.of(sagaId)) {
      return applyLogged(transaction, sagaId, input, traceparent);
    }
  }

  private Optional<Transition<?>> applyLogged(
      Connection transaction, UUID sagaId, SagaInput input, Optional<String> traceparent)
      throws SQLException {
    Optional<StoredSaga> stored = store.find(transaction, sagaId);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    StoredSaga row = stored.get();
    Saga<?> saga =
        definitions
            .find(row.type(), row.definitionVersion())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "saga "
                            + sagaId
                            + " follows "
                            + row.type()
                            + " v"
                            + row.definitionVersion()
                            + ", which is not registered (registered: "
                            + definitions
                            + ")"));
    return Optional.of(applyTo(transaction, saga, row, input, traceparent));
  }

  private <S extends Record> Transition<S> applyTo(
      Connection transaction,
      Saga<S> saga,
      StoredSaga row,
      SagaInput input,
      Optional<String> traceparent)
      throws SQLException {
    SagaInstance<S> before = store.decode(row, saga.dataType());
    Instant now = now();
    Transition<S> transition = machine(transaction, before.id()).apply(saga, before, input, now);
    if (transition.acted()) {
      store.update(transaction, before, transition.instance());
    } else {
      store.requireUnchanged(transaction, before);
    }
    store.append(transaction, transition.history());
    EventOrigin origin =
        new EventOrigin(before.correlationId(), transition.history().causeEventId(), traceparent);
    publish(transaction, transition.commands(), transition.instance().stepStartedAt(), origin);
    metrics.moved(Optional.of(before), transition.instance(), now);
    return transition;
  }

  /**
   * Sends each command under an id derived from its idempotency key and the time its step began:
   * every attempt of a step carries the same id, so a participant's inbox applies it once however
   * often it is resent (and a resend of one that failed for good, and so left no inbox record, is
   * applied).
   */
  private void publish(
      Connection transaction, List<SagaCommand> commands, Instant stepStartedAt, EventOrigin origin)
      throws SQLException {
    for (SagaCommand command : commands) {
      EventId id =
          events.publish(
              transaction,
              command.sagaId().toString(),
              command.command(),
              origin,
              EventId.derived(stepStartedAt, command.idempotencyKey()));
      log.debug("saga {} sent {} as {}", command.sagaId(), command.idempotencyKey(), id);
    }
  }

  private SagaMachine machine(Connection transaction, UUID sagaId) {
    return new SagaMachine(new SavepointRunner(transaction, sagaId));
  }

  /** PostgreSQL keeps microseconds: deadlines compared after a round trip must fit them. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static Optional<UUID> sagaId(String subject) {
    try {
      return Optional.of(UUID.fromString(subject));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
