package dev.eventline.kit.saga.store;

import static dev.eventline.kit.saga.store.InstanceRows.instant;
import static dev.eventline.kit.saga.store.InstanceRows.setInstant;

import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.saga.SagaInstance;
import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.SagaTransition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saga instances and their history in the service's database ({@link SagaSchema}), always on the
 * caller's connection so that a transition, its history line and its commands in the outbox commit
 * together. The saga's data is stored as JSON in the wire format of events ({@link
 * EventPayloads#wireFormat()}).
 */
public final class SagaStore {
  private static final String FIND =
      "SELECT " + InstanceRows.COLUMNS + " FROM eventline_saga_instance WHERE id = ?";
  private static final String INSERT =
      "INSERT INTO eventline_saga_instance (id, type, definition_version, state, step, attempt,"
          + " data, correlation_id, lock_version, deadline, created_at, updated_at,"
          + " step_started_at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (id) DO NOTHING";
  private static final String UPDATE =
      "UPDATE eventline_saga_instance SET state = ?, step = ?, attempt = ?, data = ?::jsonb,"
          + " lock_version = ?, deadline = ?, updated_at = ?, step_started_at = ?"
          + " WHERE id = ? AND lock_version = ?";
  // A share lock waits for a transaction that is moving the saga, then sees whether it did.
  private static final String UNCHANGED =
      "SELECT 1 FROM eventline_saga_instance WHERE id = ? AND lock_version = ? FOR SHARE";
  private static final String APPEND =
      "INSERT INTO eventline_saga_history (saga_id, from_state, from_step, to_state, to_step,"
          + " cause, cause_event_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String HISTORY =
      "SELECT from_state, from_step, to_state, to_step, cause, cause_event_id, at"
          + " FROM eventline_saga_history WHERE saga_id = ? ORDER BY seq";
  private static final String DUE =
      "SELECT id, deadline FROM eventline_saga_instance WHERE deadline <= ?"
          + " ORDER BY deadline LIMIT ?";
  private static final String CLAIM =
      "SELECT 1 FROM eventline_saga_instance WHERE id = ? AND deadline = ?"
          + " FOR UPDATE SKIP LOCKED";

  private final JsonMapper json;

  /** A store that writes data in the events' wire format. */
  public SagaStore() {
    this(EventPayloads.wireFormat());
  }

  /** A store that writes data with {@code json}. */
  public SagaStore(JsonMapper json) {
    this.json = json;
  }

  /** The instance {@code id} as stored, data still JSON. */
  public Optional<StoredSaga> find(Connection connection, UUID id) throws SQLException {
    try (PreparedStatement find = connection.prepareStatement(FIND)) {
      find.setObject(1, id);
      try (ResultSet row = find.executeQuery()) {
        return row.next() ? Optional.of(InstanceRows.read(row, json)) : Optional.empty();
      }
    }
  }

  /** The instance with its data read into {@code dataType}, the record of its definition. */
  public <S extends Record> SagaInstance<S> decode(StoredSaga stored, Class<S> dataType) {
    return new SagaInstance<>(
        stored.id(),
        stored.type(),
        stored.definitionVersion(),
        stored.state(),
        stored.step(),
        stored.attempt(),
        json.treeToValue(stored.data(), dataType),
        stored.correlationId(),
        stored.lockVersion(),
        stored.deadline(),
        stored.createdAt(),
        stored.updatedAt(),
        stored.stepStartedAt());
  }

  /** Stores a new instance; false, changing nothing, when one with its id exists. */
  public boolean insert(Connection transaction, SagaInstance<?> instance) throws SQLException {
    try (PreparedStatement insert = transaction.prepareStatement(INSERT)) {
      insert.setObject(1, instance.id());
      insert.setString(2, instance.type());
      insert.setInt(3, instance.definitionVersion());
      insert.setString(4, instance.state().name());
      insert.setString(5, instance.step());
      insert.setInt(6, instance.attempt());
      insert.setString(7, json.writeValueAsString(instance.data()));
      insert.setString(8, instance.correlationId());
      insert.setLong(9, instance.lockVersion());
      setInstant(insert, 10, instance.deadline().orElse(null));
      setInstant(insert, 11, instance.createdAt());
      setInstant(insert, 12, instance.updatedAt());
      setInstant(insert, 13, instance.stepStartedAt());
      return insert.executeUpdate() == 1;
    }
  }

  /**
   * Saves {@code after} over {@code before}, only if the row still has {@code before}'s lock
   * version.
   *
   * @throws SagaConflictException when another transaction moved the saga in between
   */
  public void update(Connection transaction, SagaInstance<?> before, SagaInstance<?> after)
      throws SQLException {
    try (PreparedStatement update = transaction.prepareStatement(UPDATE)) {
      update.setString(1, after.state().name());
      update.setString(2, after.step());
      update.setInt(3, after.attempt());
      update.setString(4, json.writeValueAsString(after.data()));
      update.setLong(5, after.lockVersion());
      setInstant(update, 6, after.deadline().orElse(null));
      setInstant(update, 7, after.updatedAt());
      setInstant(update, 8, after.stepStartedAt());
      update.setObject(9, before.id());
      update.setLong(10, before.lockVersion());
      if (update.executeUpdate() != 1) {
        throw new SagaConflictException(before.id(), before.lockVersion());
      }
    }
  }

  /**
   * Makes sure the saga is still as loaded, and stays so until the transaction ends: an input that
   * was only recorded was judged against the saga as it is, not as it was.
   *
   * @throws SagaConflictException when another transaction moved the saga in between
   */
  public void requireUnchanged(Connection transaction, SagaInstance<?> instance)
      throws SQLException {
    try (PreparedStatement check = transaction.prepareStatement(UNCHANGED)) {
      check.setObject(1, instance.id());
      check.setLong(2, instance.lockVersion());
      try (ResultSet row = check.executeQuery()) {
        if (!row.next()) {
          throw new SagaConflictException(instance.id(), instance.lockVersion());
        }
      }
    }
  }

  /** Appends one line to the saga's history. */
  public void append(Connection transaction, SagaTransition line) throws SQLException {
    try (PreparedStatement append = transaction.prepareStatement(APPEND)) {
      append.setObject(1, line.sagaId());
      append.setString(2, line.fromState().map(SagaState::name).orElse(null));
      append.setString(3, line.fromStep().orElse(null));
      append.setString(4, line.toState().name());
      append.setString(5, line.toStep());
      append.setString(6, line.cause());
      append.setObject(7, line.causeEventId().map(EventId::value).orElse(null));
      setInstant(append, 8, line.at());
      append.executeUpdate();
    }
  }

  /** The saga's history, oldest first; empty for an unknown saga. */
  public List<SagaTransition> history(Connection connection, UUID sagaId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(HISTORY)) {
      select.setObject(1, sagaId);
      try (ResultSet rows = select.executeQuery()) {
        List<SagaTransition> lines = new ArrayList<>();
        while (rows.next()) {
          lines.add(
              new SagaTransition(
                  sagaId,
                  Optional.ofNullable(rows.getString("from_state")).map(SagaState::valueOf),
                  Optional.ofNullable(rows.getString("from_step")),
                  SagaState.valueOf(rows.getString("to_state")),
                  rows.getString("to_step"),
                  rows.getString("cause"),
                  Optional.ofNullable(rows.getObject("cause_event_id", UUID.class))
                      .map(EventId::new),
                  instant(rows, "at")));
        }
        return lines;
      }
    }
  }

  /** Up to {@code limit} deadlines that passed by {@code now}, earliest first. */
  public List<DueDeadline> due(Connection connection, Instant now, int limit) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(DUE)) {
      setInstant(select, 1, now);
      select.setInt(2, limit);
      try (ResultSet rows = select.executeQuery()) {
        List<DueDeadline> due = new ArrayList<>();
        while (rows.next()) {
          due.add(new DueDeadline(rows.getObject("id", UUID.class), instant(rows, "deadline")));
        }
        return due;
      }
    }
  }

  /**
   * Locks the saga for this transaction if it still waits for {@code deadline} and nobody else
   * holds it; false otherwise (it moved on, or another scheduler is on it), without waiting.
   */
  public boolean claim(Connection transaction, DueDeadline due) throws SQLException {
    try (PreparedStatement claim = transaction.prepareStatement(CLAIM)) {
      claim.setObject(1, due.sagaId());
      setInstant(claim, 2, due.deadline());
      try (ResultSet row = claim.executeQuery()) {
        return row.next();
      }
    }
  }
}
