package dev.eventline.bench.baseline;

import dev.eventline.bench.baseline.Ceiling.ScratchRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ceiling's scratch tables, named {@code bench_<run>_inbox}, {@code _saga} and {@code _outbox}
 * so that runs never share them: the inbox's and the outbox's shape are the kit's, the saga table
 * keeps what a step's update touches (id, version, data, update time).
 */
final class SagaStepTables {
  private final String prefix;
  private final List<UUID> sagas;

  private SagaStepTables(String prefix, List<UUID> sagas) {
    this.prefix = prefix;
    this.sagas = sagas;
  }

  /** Creates the tables and {@code sagaCount} saga rows at version 0. */
  static SagaStepTables create(Connection connection, int sagaCount) throws SQLException {
    String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    List<UUID> sagas = new ArrayList<>();
    for (int i = 0; i < sagaCount; i++) {
      sagas.add(UUID.randomUUID());
    }
    SagaStepTables tables = new SagaStepTables("bench_" + run + "_", sagas);
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE "
              + tables.inbox()
              + " (consumer_group text NOT NULL, event_id uuid NOT NULL,"
              + " received_at timestamptz NOT NULL, PRIMARY KEY (consumer_group, event_id))");
      statement.execute(
          "CREATE TABLE "
              + tables.saga()
              + " (id uuid PRIMARY KEY, version bigint NOT NULL, data jsonb NOT NULL,"
              + " updated_at timestamptz NOT NULL)");
      statement.execute(
          "CREATE TABLE "
              + tables.outbox()
              + " (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
              + " partition_no smallint NOT NULL, topic text NOT NULL, record_key text NOT NULL,"
              + " headers bytea NOT NULL, payload bytea NOT NULL,"
              + " created_at timestamptz NOT NULL DEFAULT clock_timestamp())");
      statement.execute(
          "CREATE INDEX "
              + tables.outbox()
              + "_by_partition ON "
              + tables.outbox()
              + " (partition_no, id)");
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO " + tables.saga() + " VALUES (?, 0, '{}'::jsonb, now())")) {
      for (UUID saga : sagas) {
        insert.setObject(1, saga);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return tables;
  }

  String inbox() {
    return prefix + "inbox";
  }

  String saga() {
    return prefix + "saga";
  }

  String outbox() {
    return prefix + "outbox";
  }

  /** The saga rows' ids, each at version 0 when created. */
  List<UUID> sagas() {
    return sagas;
  }

  ScratchRows count(Connection connection) throws SQLException {
    return new ScratchRows(
        single(connection, "SELECT count(*) FROM " + inbox()),
        single(connection, "SELECT count(*) FROM " + outbox()),
        single(connection, "SELECT coalesce(sum(version), 0) FROM " + saga()));
  }

  void drop(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + inbox() + ", " + saga() + ", " + outbox());
    }
  }

  private static long single(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }
}
