package dev.eventline.kit.messaging.outbox;

import dev.eventline.kit.messaging.tracing.EventTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outbox to Kafka: batches of rows in id order per partition, sent with the given
 * producer (idempotent, {@code acks=all}), deleted only after every record of the batch was
 * acknowledged. Each partition is published by one relay at a time across all instances of a
 * service: a relay holds a PostgreSQL advisory lock per partition on its own connection, so a relay
 * that dies, or loses its connection, frees its partitions for another.
 *
 * <p>It runs on its own thread after {@link #start()}, wakes at once on {@link #wakeUp()} (call it
 * after a commit that appended events) and otherwise polls. The producer stays the caller's.
 */
public final class OutboxRelay implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  /**
   * The first rows of each held partition, in one round trip: each partition's in id order (the
   * index on partition and id serves every branch of the lateral join).
   */
  private static final String SELECT_BATCHES =
      "SELECT o.id, o.topic, o.record_key, o.headers, o.payload, o.created_at"
          + " FROM unnest(?::int[]) AS p(partition_no)"
          + " CROSS JOIN LATERAL (SELECT id, topic, record_key, headers, payload, created_at"
          + " FROM eventline_outbox WHERE partition_no = p.partition_no ORDER BY id LIMIT ?) AS o"
          + " ORDER BY p.partition_no, o.id";

  private static final String DELETE_BATCH = "DELETE FROM eventline_outbox WHERE id = ANY (?)";

  private final Producer<String, byte[]> producer;
  private final RelaySettings settings;
  private final Optional<OutboxMetrics> metrics;
  private final RelayProbe probe;
  private final EventTracing tracing;
  private final RelaySession session;
  private final Object wakeUps = new Object();
  private boolean woken;
  private volatile boolean running;
  private Thread worker;

  public OutboxRelay(
      DataSource dataSource, Producer<String, byte[]> producer, RelaySettings settings) {
    this(dataSource, producer, settings, Optional.empty(), RelayProbe.NONE, EventTracing.NONE);
  }

  /**
   * A relay that reports what it publishes to {@code metrics}, if any, and sends each event in a
   * span of {@code tracing}, a child of the span the event was appended in.
   */
  public OutboxRelay(
      DataSource dataSource,
      Producer<String, byte[]> producer,
      RelaySettings settings,
      Optional<OutboxMetrics> metrics,
      EventTracing tracing) {
    this(dataSource, producer, settings, metrics, RelayProbe.NONE, tracing);
  }

  OutboxRelay(
      DataSource dataSource,
      Producer<String, byte[]> producer,
      RelaySettings settings,
      RelayProbe probe) {
    this(dataSource, producer, settings, Optional.empty(), probe, EventTracing.NONE);
  }

  private OutboxRelay(
      DataSource dataSource,
      Producer<String, byte[]> producer,
      RelaySettings settings,
      Optional<OutboxMetrics> metrics,
      RelayProbe probe,
      EventTracing tracing) {
    this.tracing = tracing;
    this.session = new RelaySession(dataSource, settings.partitions());
    this.producer = producer;
    this.settings = settings;
    this.metrics = metrics;
    this.probe = probe;
  }

  /** Starts relaying on a thread of its own. */
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    worker = Thread.ofPlatform().name("eventline-outbox-relay").daemon().start(this::run);
  }

  /** Asks the relay to look at the outbox now rather than at its next poll. */
  public void wakeUp() {
    synchronized (wakeUps) {
      woken = true;
      wakeUps.notifyAll();
    }
  }

  /**
   * One pass: takes the partitions no other relay holds, then publishes one batch of each held
   * partition, all sent before waiting once for the broker's acknowledgements, and deletes them in
   * one statement. Returns how many events it published.
   */
  public synchronized int relayOnce() throws SQLException {
    Set<Integer> held = session.claimFree();
    return held.isEmpty() ? 0 : publishBatches(session.connection(), held);
  }

  /** The partitions this relay holds right now. */
  public synchronized Set<Integer> heldPartitions() {
    return session.held();
  }

  /** Stops the thread and releases every partition. */
  @Override
  public void close() throws InterruptedException {
    Thread stopping;
    synchronized (this) {
      running = false;
      stopping = worker;
    }
    wakeUp();
    if (stopping != null) {
      stopping.join(Duration.ofSeconds(30));
    }
    synchronized (this) {
      session.end();
    }
  }

  private void run() {
    while (running) {
      int published = 0;
      try {
        published = relayOnce();
      } catch (SQLException | RuntimeException e) {
        log.warn(
            "outbox relay failed; retrying after {}: {}", settings.pollInterval(), e.toString());
        synchronized (this) {
          session.end(); // the partitions go back to whichever relay takes them first
        }
      }
      if (published == 0) {
        awaitWork();
      }
    }
  }

  private void awaitWork() {
    synchronized (wakeUps) {
      long deadline = System.nanoTime() + settings.pollInterval().toNanos();
      while (!woken && running) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(wakeUps, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      woken = false;
    }
  }

  private int publishBatches(Connection own, Set<Integer> held) throws SQLException {
    List<Long> ids = new ArrayList<>();
    List<Instant> insertedAt = new ArrayList<>();
    List<Future<RecordMetadata>> acks = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    try (PreparedStatement select = own.prepareStatement(SELECT_BATCHES)) {
      select.setArray(1, own.createArrayOf("integer", held.toArray()));
      select.setInt(2, settings.batchSize());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong("id"));
          insertedAt.add(rows.getTimestamp("created_at").toInstant());
          String topic = rows.getString("topic");
          String key = rows.getString("record_key");
          Headers headers = OutboxHeaders.read(rows.getBytes("headers"));
          spans.add(tracing.publishing(topic, key, headers));
          acks.add(
              producer.send(
                  new ProducerRecord<>(topic, null, key, rows.getBytes("payload"), headers)));
        }
      }
    }
    if (ids.isEmpty()) {
      return 0;
    }
    try {
      awaitAcknowledged(acks);
    } catch (RuntimeException e) {
      spans.forEach(span -> span.setStatus(StatusCode.ERROR, "not acknowledged").end());
      throw e;
    }
    spans.forEach(Span::end);
    metrics.ifPresent(meters -> meters.published(insertedAt));
    probe.afterSendBeforeDelete(ids);
    try (PreparedStatement delete = own.prepareStatement(DELETE_BATCH)) {
      delete.setArray(1, own.createArrayOf("bigint", ids.toArray()));
      delete.executeUpdate();
    }
    return ids.size();
  }

  /** Waits for every acknowledgement; any failure leaves the whole batch for the next pass. */
  private void awaitAcknowledged(List<Future<RecordMetadata>> acks) {
    producer.flush();
    for (Future<RecordMetadata> ack : acks) {
      try {
        ack.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("the broker did not acknowledge an outbox batch", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while publishing the outbox", e);
      }
    }
  }
}
