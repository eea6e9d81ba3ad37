package dev.eventline.bench.baseline;

import dev.eventline.kit.messaging.outbox.OutboxHeaders;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay many tutorials show, as the baseline the kit's {@code OutboxRelay} is compared
 * with: select up to 100 unprocessed rows of the {@link NaiveOutbox} in id order, send each and
 * wait for its acknowledgement, then mark it processed with an update of its own (auto-commit). It
 * is correct, one instance at a time: a row is marked only after the broker acknowledged it, and a
 * failure leaves the rest for the next pass. It is given every benefit the tutorials allow: it
 * loops at once while it finds rows and waits {@code pollInterval} only when it finds none.
 */
public final class NaiveRelay implements AutoCloseable {
  /** Rows per select, as in the tutorials. */
  public static final int BATCH_SIZE = 100;

  private static final Logger log = LoggerFactory.getLogger(NaiveRelay.class);
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
  private static final String SELECT =
      "SELECT id, topic, record_key, headers, payload FROM "
          + NaiveOutbox.TABLE
          + " WHERE NOT processed ORDER BY id LIMIT "
          + BATCH_SIZE;
  private static final String MARK =
      "UPDATE " + NaiveOutbox.TABLE + " SET processed = true WHERE id = ?";

  private final DataSource dataSource;
  private final Producer<String, byte[]> producer;
  private final Duration pollInterval;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private Thread worker;
  private Connection connection;

  private record Row(long id, ProducerRecord<String, byte[]> record) {}

  public NaiveRelay(
      DataSource dataSource, Producer<String, byte[]> producer, Duration pollInterval) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.producer = Objects.requireNonNull(producer, "producer");
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
  }

  /** Relays on a thread of its own until closed. */
  public synchronized void start() {
    if (worker == null) {
      worker = Thread.ofPlatform().name("naive-outbox-relay").daemon().start(this::run);
    }
  }

  /** One pass: sends up to {@link #BATCH_SIZE} rows, one at a time; returns how many it sent. */
  public synchronized int relayOnce() throws SQLException {
    Connection own = connection();
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = own.prepareStatement(SELECT);
        ResultSet result = select.executeQuery()) {
      while (result.next()) {
        Headers headers = OutboxHeaders.read(result.getBytes("headers"));
        rows.add(
            new Row(
                result.getLong("id"),
                new ProducerRecord<>(
                    result.getString("topic"),
                    null,
                    result.getString("record_key"),
                    result.getBytes("payload"),
                    headers)));
      }
    }
    try (PreparedStatement mark = own.prepareStatement(MARK)) {
      for (Row row : rows) {
        send(row.record());
        mark.setLong(1, row.id());
        mark.executeUpdate();
      }
    }
    return rows.size();
  }

  /**
   * Stops the thread and closes its connection; the producer stays the caller's. An interrupt while
   * it waits for the thread is kept.
   */
  @Override
  public void close() {
    stopped.countDown();
    Thread stopping;
    synchronized (this) {
      stopping = worker;
    }
    if (stopping != null) {
      try {
        stopping.join(SEND_TIMEOUT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      disconnect();
    }
  }

  private void run() {
    try {
      while (stopped.getCount() > 0) {
        int sent = 0;
        try {
          sent = relayOnce();
        } catch (SQLException | RuntimeException e) {
          log.warn("naive relay failed; retrying after {}: {}", pollInterval, e.toString());
          synchronized (this) {
            disconnect();
          }
        }
        if (sent == 0 && stopped.await(pollInterval.toNanos(), TimeUnit.NANOSECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void send(ProducerRecord<String, byte[]> record) {
    try {
      producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the broker did not acknowledge a naive outbox row", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending a naive outbox row", e);
    }
  }

  private Connection connection() throws SQLException {
    if (connection == null || connection.isClosed()) {
      connection = dataSource.getConnection();
      connection.setAutoCommit(true);
    }
    return connection;
  }

  private void disconnect() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        log.debug("closing the naive relay's connection failed", e);
      }
      connection = null;
    }
  }
}
