package dev.eventline.bench.baseline;

import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.outbox.OutboxPartitions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * One client of the ceiling: on its own connection, with auto-commit off, it commits saga steps
 * until the run ends, each step an inbox insert, a one-row saga update and an outbox insert. It
 * owns its saga rows, as a saga's row lock makes one instance's steps serial in a service, so
 * clients never wait on each other's rows.
 */
final class SagaStepClient {
  private static final String GROUP = "bench-ceiling";
  private static final String TOPIC = "bench.ceiling.events";
  private static final OutboxPartitions PARTITIONS = OutboxPartitions.DEFAULT;

  private final Connection connection;
  private final List<UUID> sagas;
  private final long[] versions;
  private final int stepsPerTransaction;
  private final EventIdGenerator eventIds = EventIdGenerator.systemDefault();
  private final byte[] headers;
  private final byte[] payload;
  private final PreparedStatement inbox;
  private final PreparedStatement saga;
  private final PreparedStatement outbox;
  private int next;

  /** When the counted part of the run starts and ends, in {@link System#nanoTime()}. */
  record Window(long countFrom, long endAt) {}

  /** What one client did: every step it committed, and the latencies of those counted. */
  record Outcome(long committedSteps, Latencies latencies) {}

  SagaStepClient(
      Connection connection, SagaStepTables tables, List<UUID> sagas, int stepsPerTransaction)
      throws SQLException {
    this.connection = connection;
    this.sagas = sagas;
    this.versions = new long[sagas.size()];
    this.stepsPerTransaction = stepsPerTransaction;
    Random random = new Random(sagas.getFirst().getLeastSignificantBits());
    // An event's headers (CloudEvents attributes, signature) and JSON payload: sizes, not content,
    // matter to the database, and rows this small are stored uncompressed.
    this.headers = new byte[400];
    this.payload = new byte[500];
    random.nextBytes(headers);
    random.nextBytes(payload);
    connection.setAutoCommit(false);
    this.inbox =
        connection.prepareStatement(
            "INSERT INTO "
                + tables.inbox()
                + " (consumer_group, event_id, received_at) VALUES (?, ?, now())"
                + " ON CONFLICT DO NOTHING");
    this.saga =
        connection.prepareStatement(
            "UPDATE "
                + tables.saga()
                + " SET version = version + 1, data = ?::jsonb, updated_at = now()"
                + " WHERE id = ? AND version = ?");
    this.outbox =
        connection.prepareStatement(
            "INSERT INTO "
                + tables.outbox()
                + " (partition_no, topic, record_key, headers, payload) VALUES (?, ?, ?, ?, ?)");
  }

  /** Commits steps until {@code window} ends; counts those whose commit returned within it. */
  Outcome run(Window window) throws SQLException {
    Latencies latencies = new Latencies();
    long committedSteps = 0;
    try {
      while (System.nanoTime() - window.endAt() < 0) {
        long begin = System.nanoTime();
        for (int i = 0; i < stepsPerTransaction; i++) {
          step();
        }
        connection.commit();
        long end = System.nanoTime();
        committedSteps += stepsPerTransaction;
        if (end - window.countFrom() >= 0 && end - window.endAt() <= 0) {
          latencies.record(end - begin);
        }
      }
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
    return new Outcome(committedSteps, latencies);
  }

  private void step() throws SQLException {
    int index = next;
    next = (next + 1) % sagas.size();
    UUID id = sagas.get(index);

    inbox.setString(1, GROUP);
    inbox.setObject(2, eventIds.next().value());
    inbox.executeUpdate();

    saga.setString(
        1,
        "{\"state\":\"RUNNING\",\"step\":"
            + (versions[index] + 1)
            + ",\"orderId\":\""
            + id
            + "\",\"totalCents\":2599}");
    saga.setObject(2, id);
    saga.setLong(3, versions[index]);
    if (saga.executeUpdate() != 1) {
      throw new IllegalStateException("saga " + id + " is not at version " + versions[index]);
    }

    String key = id.toString();
    outbox.setShort(1, (short) PARTITIONS.of(key));
    outbox.setString(2, TOPIC);
    outbox.setString(3, key);
    outbox.setBytes(4, headers);
    outbox.setBytes(5, payload);
    outbox.executeUpdate();
    // A failed commit ends the run, so the version need not be taken back.
    versions[index]++;
  }
}
