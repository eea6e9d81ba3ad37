package dev.eventline.bench.baseline;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Measures one relay on its rig: the drain of a backlog written before it started, then the latency
 * of rows committed one per transaction at a fixed rate while it runs; then reads its topic to the
 * end to see what arrived.
 */
final class RelayRun {
  private static final int PREFILL_ROWS_PER_TRANSACTION = 500;
  private static final Duration DRAINED_POLL = Duration.ofMillis(2);

  private final Relay relay;
  private final RelayRig rig;
  private final DataSource dataSource;
  private final ScratchTopic topic;
  private final TopicTally tally;
  private final SequencedEvents events;
  private final ComparisonSettings settings;

  RelayRun(
      Relay relay,
      RelayRig rig,
      DataSource dataSource,
      ScratchTopic topic,
      TopicTally tally,
      ComparisonSettings settings) {
    this.relay = relay;
    this.rig = rig;
    this.dataSource = dataSource;
    this.topic = topic;
    this.tally = tally;
    this.events = new SequencedEvents(settings.keys());
    this.settings = settings;
  }

  RelayFigures run() throws SQLException, InterruptedException {
    int backlog = settings.backlog();
    int written = backlog + settings.latencyRows();
    try (Connection writer = dataSource.getConnection();
        Connection monitor = dataSource.getConnection()) {
      writer.setAutoCommit(false);
      prefill(writer, backlog);

      long started = System.nanoTime();
      rig.start();
      tally.awaitRows(backlog, settings.timeout());
      awaitDrained(monitor);
      Duration drainTime = Duration.ofNanos(System.nanoTime() - started);

      long[] committedAt = new long[settings.latencyRows()];
      long writing = writeAtRate(writer, backlog, committedAt);
      double writeRate = committedAt.length / (writing / 1e9);
      tally.awaitRows(written, settings.timeout());
      awaitDrained(monitor);

      // Everything is acknowledged; read to the end so that any repeat is counted too.
      tally.awaitOffsets(topic.endOffsets(), settings.timeout());
      return new RelayFigures(
          relay,
          backlog,
          drainTime,
          backlog / (drainTime.toNanos() / 1e9),
          writeRate,
          LatencyPercentiles.of(latencies(backlog, committedAt)),
          tally.delivery(written));
    }
  }

  private void prefill(Connection writer, int rows) throws SQLException {
    for (int sequence = 0; sequence < rows; sequence++) {
      rig.append(writer, events.event(sequence));
      if ((sequence + 1) % PREFILL_ROWS_PER_TRANSACTION == 0 || sequence == rows - 1) {
        writer.commit();
      }
    }
  }

  /**
   * One row per transaction, each due at its own time; a late row is written at once. Returns the
   * nanoseconds the writes took: the schedule's span, or longer if the writer fell behind.
   */
  private long writeAtRate(Connection writer, int firstSequence, long[] committedAt)
      throws SQLException {
    long interval = 1_000_000_000L / settings.writeRate();
    long start = System.nanoTime();
    for (int i = 0; i < committedAt.length; i++) {
      long due = start + i * interval;
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      rig.append(writer, events.event(firstSequence + i));
      writer.commit();
      committedAt[i] = System.nanoTime();
      rig.committed();
    }
    return Math.max(System.nanoTime(), start + committedAt.length * interval) - start;
  }

  private long[] latencies(int firstSequence, long[] committedAt) {
    long[] latencies = new long[committedAt.length];
    for (int i = 0; i < committedAt.length; i++) {
      // A consumer can see a record a hair before the commit's reply reaches the writer.
      latencies[i] = Math.max(0, tally.firstArrival(firstSequence + i) - committedAt[i]);
    }
    return latencies;
  }

  private void awaitDrained(Connection monitor) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    while (rig.pending(monitor) > 0) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException(
            relay.label() + " relay left rows after " + settings.timeout());
      }
      Thread.sleep(DRAINED_POLL);
    }
  }
}
