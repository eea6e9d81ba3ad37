package dev.eventline.kit.saga.checkout;

import dev.eventline.kit.messaging.EventPayloads;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads what the engine put in the outbox for one saga, in order. */
final class OutboxRows {
  private static final String SELECT =
      "SELECT topic, record_key, headers, payload FROM eventline_outbox"
          + " WHERE record_key = ? ORDER BY id";

  private OutboxRows() {}

  static List<SentCommand> of(Connection connection, UUID sagaId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      select.setString(1, sagaId.toString());
      try (ResultSet rows = select.executeQuery()) {
        List<SentCommand> sent = new ArrayList<>();
        while (rows.next()) {
          Map<String, String> headers = headers(rows.getBytes("headers"));
          sent.add(
              new SentCommand(
                  rows.getString("topic"),
                  headers.get("ce_type"),
                  rows.getString("record_key"),
                  EventPayloads.wireFormat().readTree(rows.getBytes("payload")),
                  headers.get("ce_correlationid"),
                  Optional.ofNullable(headers.get("ce_causationid"))));
        }
        return sent;
      }
    }
  }

  /** The outbox's header format: a count, then each key and value prefixed by its length. */
  private static Map<String, String> headers(byte[] stored) {
    Map<String, String> headers = new HashMap<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String key = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        headers.put(key, new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException("unreadable outbox headers", e);
    }
    return headers;
  }
}
