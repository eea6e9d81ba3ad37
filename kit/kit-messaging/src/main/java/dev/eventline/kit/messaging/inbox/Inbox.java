package dev.eventline.kit.messaging.inbox;

import dev.eventline.kit.messaging.EventId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events one consumer group has applied.
 *
 * <pre>{@code
 * transaction.setAutoCommit(false);
 * if (inbox.receive(transaction, event.attributes().id()) == Delivery.FIRST) {
 *   applyEffect(transaction, event);
 * }
 * transaction.commit();
 * }</pre>
 *
 * <p>Two concurrent deliveries of one event cannot both apply it: the second waits on the first's
 * row, and sees {@link Delivery#DUPLICATE} once the first commits (or {@link Delivery#FIRST} if it
 * rolled back).
 */
public final class Inbox {
  private static final String RECORD =
      "INSERT INTO eventline_inbox (consumer_group, event_id, received_at) VALUES (?, ?, ?)"
          + " ON CONFLICT DO NOTHING";
  private static final String PRUNE =
      "DELETE FROM eventline_inbox WHERE consumer_group = ? AND received_at < ?";

  private final String consumerGroup;
  private final Clock clock;
  private final AtomicLong duplicates = new AtomicLong();

  public Inbox(String consumerGroup, Clock clock) {
    this.consumerGroup = Objects.requireNonNull(consumerGroup, "consumerGroup");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Records the event in the caller's transaction and says whether to apply it. */
  public Delivery receive(Connection transaction, EventId event) throws SQLException {
    try (PreparedStatement record = transaction.prepareStatement(RECORD)) {
      record.setString(1, consumerGroup);
      record.setObject(2, event.value());
      record.setTimestamp(3, Timestamp.from(clock.instant()));
      if (record.executeUpdate() == 1) {
        return Delivery.FIRST;
      }
    }
    duplicates.incrementAndGet();
    return Delivery.DUPLICATE;
  }

  /** How many duplicate deliveries this inbox recognised since it was made. */
  public long duplicatesSkipped() {
    return duplicates.get();
  }

  /**
   * Forgets events received longer than {@code retention} ago; returns how many. Keep the retention
   * above the longest time an event can be redelivered (topic retention, replays).
   */
  public int prune(Connection connection, Duration retention) throws SQLException {
    try (PreparedStatement prune = connection.prepareStatement(PRUNE)) {
      prune.setString(1, consumerGroup);
      prune.setTimestamp(2, Timestamp.from(clock.instant().minus(retention)));
      return prune.executeUpdate();
    }
  }
}
