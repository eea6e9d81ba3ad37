package dev.eventline.kit.saga.store;

import static dev.eventline.kit.saga.store.InstanceRows.setInstant;

import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.saga.SagaState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searches over every stored saga instance, of any type and version: what operators list, what the
 * gauges count, and what the engine checks at startup.
 */
public final class StoredSagas {
  private static final String STUCK =
      "(state = 'COMPENSATION_FAILED'"
          + " OR (state IN ('RUNNING', 'COMPENSATING') AND updated_at < ?))";
  private static final String UNFINISHED =
      "SELECT type, definition_version, count(*) AS unfinished,"
          + " count(*) FILTER (WHERE "
          + STUCK
          + ") AS stuck FROM eventline_saga_instance"
          + " WHERE state NOT IN ('COMPLETED', 'COMPENSATED')"
          + " GROUP BY type, definition_version ORDER BY type, definition_version";

  private final JsonMapper json;

  /** Reads data in the events' wire format. */
  public StoredSagas() {
    this(EventPayloads.wireFormat());
  }

  /** Reads data with {@code json}. */
  public StoredSagas(JsonMapper json) {
    this.json = json;
  }

  /** The instances {@code filter} selects, oldest first. */
  public List<StoredSaga> list(Connection connection, SagaFilter filter) throws SQLException {
    StringBuilder sql =
        new StringBuilder("SELECT " + InstanceRows.COLUMNS + " FROM eventline_saga_instance")
            .append(" WHERE true");
    List<Object> parameters = new ArrayList<>();
    filter
        .type()
        .ifPresent(
            type -> {
              sql.append(" AND type = ?");
              parameters.add(type);
            });
    if (!filter.states().isEmpty()) {
      sql.append(" AND state = ANY (?)");
      parameters.add(filter.states().stream().map(SagaState::name).toArray(String[]::new));
    }
    filter
        .createdBefore()
        .ifPresent(
            before -> {
              sql.append(" AND created_at < ?");
              parameters.add(before);
            });
    filter
        .stuckIfIdleSince()
        .ifPresent(
            since -> {
              sql.append(" AND ").append(STUCK);
              parameters.add(since);
            });
    sql.append(" ORDER BY created_at, id LIMIT ?");
    parameters.add(filter.limit());
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        set(connection, select, i + 1, parameters.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        List<StoredSaga> found = new ArrayList<>();
        while (rows.next()) {
          found.add(InstanceRows.read(rows, json));
        }
        return found;
      }
    }
  }

  /**
   * The unfinished instances per saga type and definition version; those not updated since {@code
   * idleSince} (and every COMPENSATION_FAILED one) count as stuck.
   */
  public List<UnfinishedSagas> unfinished(Connection connection, Instant idleSince)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(UNFINISHED)) {
      setInstant(select, 1, idleSince);
      try (ResultSet rows = select.executeQuery()) {
        List<UnfinishedSagas> counts = new ArrayList<>();
        while (rows.next()) {
          counts.add(
              new UnfinishedSagas(
                  rows.getString("type"),
                  rows.getInt("definition_version"),
                  rows.getLong("unfinished"),
                  rows.getLong("stuck")));
        }
        return counts;
      }
    }
  }

  private static void set(
      Connection connection, PreparedStatement statement, int index, Object value)
      throws SQLException {
    switch (value) {
      case Instant instant -> setInstant(statement, index, instant);
      case String[] texts -> statement.setArray(index, connection.createArrayOf("text", texts));
      default -> statement.setObject(index, value);
    }
  }
}
