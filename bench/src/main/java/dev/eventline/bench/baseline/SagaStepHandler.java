package dev.eventline.bench.baseline;

import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.consumer.EventHandler;
import dev.eventline.kit.messaging.inbox.Delivery;
import dev.eventline.kit.messaging.inbox.Inbox;
import dev.eventline.kit.messaging.outbox.OutboxPartitions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The saga step a service's consumer applies, in JDBC without Spring, the way the starter's {@code
 * IdempotentHandler} runs a handler: the kit's {@link Inbox} first and, for an event it has not
 * seen, a one-row update of the saga its subject names and an outbox insert. {@link #handle}
 * commits each event on its own, {@link #handleAll} a group in one transaction; anything that fails
 * rolls the transaction back. It keeps count of its commits and checks that each subject's events
 * were applied in the order they were published.
 */
final class SagaStepHandler implements EventHandler {
  private static final String TOPIC = "bench.consumption.replies";
  private static final OutboxPartitions PARTITIONS = OutboxPartitions.DEFAULT;

  private final Connection connection;
  private final Inbox inbox;
  private final Map<String, UUID> sagasBySubject;
  private final PreparedStatement saga;
  private final PreparedStatement outbox;
  // The reply's CloudEvents attributes and signature: its size, not its content, matters here.
  private final byte[] headers = new byte[400];
  private final List<SignedEvent> applied = new ArrayList<>();
  private final Map<String, Long> lastSequences = new HashMap<>();
  private final List<Long> pollToCommit = new ArrayList<>();
  private long pollStartedAt;
  private long commits;
  private long lastCommitAt;
  private long outOfKeyOrder;

  /** Takes {@code connection} for itself and turns its auto-commit off. */
  SagaStepHandler(
      Connection connection, Inbox inbox, SagaStepTables tables, Map<String, UUID> sagasBySubject)
      throws SQLException {
    this.connection = connection;
    this.inbox = inbox;
    this.sagasBySubject = Map.copyOf(sagasBySubject);
    connection.setAutoCommit(false);
    this.saga =
        connection.prepareStatement(
            "UPDATE "
                + tables.saga()
                + " SET version = version + 1, data = ?::jsonb, updated_at = now() WHERE id = ?");
    this.outbox =
        connection.prepareStatement(
            "INSERT INTO "
                + tables.outbox()
                + " (partition_no, topic, record_key, headers, payload) VALUES (?, ?, ?, ?, ?)");
  }

  @Override
  public void handle(SignedEvent event) throws SQLException {
    inOneTransaction(List.of(event));
  }

  @Override
  public void handleAll(List<SignedEvent> events) throws SQLException {
    inOneTransaction(events);
  }

  /** Marks the start of the consumer's next poll: its records' latency is counted from here. */
  void pollStarting(long nanoTime) {
    pollStartedAt = nanoTime;
  }

  /** For each applied event, from the start of the poll that took it to its commit, in nanos. */
  long[] pollToCommitNanos() {
    return pollToCommit.stream().mapToLong(Long::longValue).toArray();
  }

  /** Transactions committed so far. */
  long commits() {
    return commits;
  }

  /** When the latest commit returned, in {@link System#nanoTime()}; 0 before the first. */
  long lastCommitAt() {
    return lastCommitAt;
  }

  /** Committed events that came after a later event of their subject. */
  long outOfKeyOrder() {
    return outOfKeyOrder;
  }

  private void inOneTransaction(List<SignedEvent> events) throws SQLException {
    applied.clear();
    try {
      for (SignedEvent event : events) {
        if (inbox.receive(connection, event.attributes().id()) == Delivery.FIRST) {
          apply(event);
          applied.add(event);
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
    lastCommitAt = System.nanoTime();
    commits++;
    for (SignedEvent event : applied) {
      checkOrder(event);
      pollToCommit.add(lastCommitAt - pollStartedAt);
    }
  }

  private void apply(SignedEvent event) throws SQLException {
    String subject = event.attributes().subject();
    UUID id = sagasBySubject.get(subject);
    if (id == null) {
      throw new IllegalArgumentException("no saga for subject " + subject);
    }
    long sequence = SequencedEvents.sequence(event.payload());
    saga.setString(1, "{\"state\":\"RUNNING\",\"sequence\":" + sequence + "}");
    saga.setObject(2, id);
    if (saga.executeUpdate() != 1) {
      throw new IllegalStateException("saga " + id + " of " + subject + " is missing");
    }
    outbox.setShort(1, (short) PARTITIONS.of(subject));
    outbox.setString(2, TOPIC);
    outbox.setString(3, subject);
    outbox.setBytes(4, headers);
    outbox.setBytes(5, event.payload());
    outbox.executeUpdate();
  }

  private void checkOrder(SignedEvent event) {
    long sequence = SequencedEvents.sequence(event.payload());
    Long last = lastSequences.get(event.attributes().subject());
    if (last != null && last > sequence) {
      outOfKeyOrder++;
    } else {
      lastSequences.put(event.attributes().subject(), sequence);
    }
  }
}
