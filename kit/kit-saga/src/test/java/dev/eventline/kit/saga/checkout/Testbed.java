package dev.eventline.kit.saga.checkout;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventPublisher;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.MessagingSchema;
import dev.eventline.kit.messaging.inbox.Delivery;
import dev.eventline.kit.messaging.inbox.Inbox;
import dev.eventline.kit.saga.Saga;
import dev.eventline.kit.saga.SagaTransition;
import dev.eventline.kit.saga.Transition;
import dev.eventline.kit.saga.engine.DeadlineSettings;
import dev.eventline.kit.saga.engine.JdbcTransactionRunner;
import dev.eventline.kit.saga.engine.SagaDeadlines;
import dev.eventline.kit.saga.engine.SagaDefinitions;
import dev.eventline.kit.saga.engine.SagaEngine;
import dev.eventline.kit.saga.engine.SagaMetrics;
import dev.eventline.kit.saga.engine.TransactionRunner;
import dev.eventline.kit.saga.store.SagaSchema;
import dev.eventline.kit.saga.store.SagaStore;
import dev.eventline.kit.saga.store.StoredSaga;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The checkout saga's engine on a real database, with a clock the test moves and participants the
 * test plays: {@code start}, then {@code reply} as a participant would, then read the outbox, the
 * history and the instance row.
 */
public final class Testbed {
  public static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
  private static final EventIdGenerator IDS = EventIdGenerator.systemDefault();
  private static final URI PARTICIPANTS = URI.create("/services/participants");

  private final MutableClock clock = new MutableClock(START);
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final TransactionRunner transactions;
  private final Inbox inbox = new Inbox("checkout", clock);
  private final SagaStore store = new SagaStore();
  private SagaEngine engine;

  public Testbed(TestDatabase database, Saga<?>... sagas) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      MessagingSchema.install(connection);
      SagaSchema.install(connection);
      // Each test starts from empty tables: a scheduler sees only that test's deadlines.
      statement.execute(
          "TRUNCATE eventline_saga_instance, eventline_saga_history, eventline_outbox");
    }
    this.transactions = new JdbcTransactionRunner(database.dataSource());
    restart(sagas);
  }

  /**
   * Throws the engine away and builds a new one on the same database, as a restarted process would:
   * new definitions, a new publisher with its own key, the same clock.
   */
  public SagaEngine restart(Saga<?>... sagas) {
    EventSigner signer = new EventSigner("checkout-key", Ed25519Keys.generate().getPrivate());
    EventPublisher events =
        EventPublisher.forService(
            URI.create("/services/checkout"), CheckoutMessages.COMMANDS, signer);
    engine = new SagaEngine(SagaDefinitions.of(sagas), events, new SagaMetrics(registry), clock);
    return engine;
  }

  public SagaEngine engine() {
    return engine;
  }

  public MutableClock clock() {
    return clock;
  }

  public SimpleMeterRegistry registry() {
    return registry;
  }

  public TransactionRunner transactions() {
    return transactions;
  }

  /** A scheduler for the current engine that polls every 20 ms, not yet started. */
  public SagaDeadlines deadlines() {
    return new SagaDeadlines(
        engine, transactions, clock, new DeadlineSettings(Duration.ofMillis(20), 10));
  }

  public <T> T inTransaction(TransactionRunner.Work<T> work) throws SQLException {
    return transactions.inTransaction(work);
  }

  /** Starts a checkout of {@code orderId} under a new saga id, correlated to the order. */
  public UUID start(String orderId) throws SQLException {
    return start(CheckoutSaga.V1, orderId);
  }

  /** Starts the newest registered version of {@code saga} for {@code orderId}. */
  public UUID start(Saga<Checkout> saga, String orderId) throws SQLException {
    UUID id = UUID.randomUUID();
    inTransaction(
        transaction -> engine.start(transaction, saga, id, Checkout.of(orderId), correlation(id)));
    return id;
  }

  /**
   * A checkout whose stock ran out and whose refund then timed out twice: COMPENSATION_FAILED. It
   * moves the clock by 21 seconds and fires every deadline due meanwhile.
   */
  public UUID compensationFailed(String orderId) throws SQLException {
    UUID id = start(orderId);
    reply(id, new CheckoutMessages.PaymentCharged("payment-" + orderId));
    reply(id, new CheckoutMessages.StockUnavailable());
    SagaDeadlines deadlines = deadlines();
    clock.advance(CheckoutSaga.TIMEOUT);
    deadlines.fireDue();
    clock.advance(CheckoutSaga.TIMEOUT.plusSeconds(1));
    deadlines.fireDue();
    return id;
  }

  public static String correlation(UUID sagaId) {
    return "request-" + sagaId;
  }

  /** A participant's reply to the saga {@code sagaId}, as a new event. */
  public EventAttributes replyTo(UUID sagaId, Record reply) {
    return new EventAttributes(
        IDS.next(),
        PARTICIPANTS,
        "dev.eventline.test.saga." + reply.getClass().getSimpleName(),
        1,
        clock.instant(),
        sagaId.toString(),
        correlation(sagaId),
        Optional.empty(),
        Optional.empty());
  }

  /** Delivers {@code reply} to the engine in a transaction of its own. */
  public Optional<Transition<?>> reply(UUID sagaId, Record reply) throws SQLException {
    return deliver(replyTo(sagaId, reply), reply);
  }

  public Optional<Transition<?>> deliver(EventAttributes attributes, Record reply)
      throws SQLException {
    return inTransaction(transaction -> engine.onReply(transaction, attributes, reply));
  }

  /** Delivers as the starter's consumer does: the inbox first, in the same transaction. */
  public Delivery deliverOnce(EventAttributes attributes, Record reply) throws SQLException {
    return inTransaction(
        transaction -> {
          Delivery delivery = inbox.receive(transaction, attributes.id());
          if (delivery == Delivery.FIRST) {
            engine.onReply(transaction, attributes, reply);
          }
          return delivery;
        });
  }

  public List<SentCommand> commands(UUID sagaId) throws SQLException {
    return inTransaction(connection -> OutboxRows.of(connection, sagaId));
  }

  /** The CloudEvents types of the saga's commands, in the order they were sent. */
  public List<String> commandTypes(UUID sagaId) throws SQLException {
    return commands(sagaId).stream().map(SentCommand::type).toList();
  }

  public List<SagaTransition> history(UUID sagaId) throws SQLException {
    return inTransaction(connection -> store.history(connection, sagaId));
  }

  /** The causes in the saga's history, oldest first. */
  public List<String> causes(UUID sagaId) throws SQLException {
    return history(sagaId).stream().map(SagaTransition::cause).toList();
  }

  public StoredSaga saga(UUID sagaId) throws SQLException {
    return inTransaction(connection -> store.find(connection, sagaId)).orElseThrow();
  }
}
