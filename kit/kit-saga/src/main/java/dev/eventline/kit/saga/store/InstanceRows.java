package dev.eventline.kit.saga.store;

import dev.eventline.kit.saga.SagaState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Reads rows of {@code eventline_saga_instance}, and the time columns both ways. */
final class InstanceRows {
  static final String COLUMNS =
      "id, type, definition_version, state, step, attempt, data::text AS data, correlation_id,"
          + " lock_version, deadline, created_at, updated_at, step_started_at";

  private InstanceRows() {}

  static StoredSaga read(ResultSet row, JsonMapper json) throws SQLException {
    return new StoredSaga(
        row.getObject("id", UUID.class),
        row.getString("type"),
        row.getInt("definition_version"),
        SagaState.valueOf(row.getString("state")),
        row.getString("step"),
        row.getInt("attempt"),
        json.readTree(row.getString("data")),
        row.getString("correlation_id"),
        row.getLong("lock_version"),
        Optional.ofNullable(instant(row, "deadline")),
        instant(row, "created_at"),
        instant(row, "updated_at"),
        instant(row, "step_started_at"));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }
}
