package dev.eventline.bench.baseline;

import dev.eventline.kit.messaging.SignedEvent;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One relay set up for a run: its outbox table in a scratch schema, a writer appending to it in the
 * caller's transaction, and the relay publishing it to one topic.
 */
sealed interface RelayRig extends AutoCloseable permits EventlineRig, NaiveRig {

  /** Appends {@code event} in {@code transaction}; it is published once the caller commits. */
  void append(Connection transaction, SignedEvent event) throws SQLException;

  /** Told after each commit that appended, as a service's transaction hook would be. */
  void committed();

  /** Starts the relay on a thread of its own. */
  void start() throws InterruptedException;

  /** Rows the relay has yet to publish and clear (delete or mark), read on {@code connection}. */
  long pending(Connection connection) throws SQLException;

  /** Stops the relay; an interrupt while it waits for the relay's thread is kept. */
  @Override
  void close();
}
