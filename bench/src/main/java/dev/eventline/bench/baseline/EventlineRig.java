package dev.eventline.bench.baseline;

import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.MessagingSchema;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.outbox.OutboxRelay;
import dev.eventline.kit.messaging.outbox.OutboxWriter;
import dev.eventline.kit.messaging.outbox.RelaySettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;

/**
 * The kit's outbox as a service runs it: the table from {@link MessagingSchema} (what the starter's
 * Flyway migration creates), the real {@link OutboxWriter} and {@link OutboxRelay}, and a wake-up
 * after each commit, as the starter registers one.
 */
final class EventlineRig implements RelayRig {
  private static final Duration CLAIM_LIMIT = Duration.ofSeconds(30);
  private static final Duration CLAIM_POLL = Duration.ofMillis(5);

  private final String topic;
  private final RelaySettings settings;
  private final OutboxWriter writer;
  private final OutboxRelay relay;

  EventlineRig(
      DataSource dataSource,
      Producer<String, byte[]> producer,
      String topic,
      RelaySettings settings)
      throws SQLException {
    this.topic = topic;
    this.settings = settings;
    try (Connection connection = dataSource.getConnection()) {
      MessagingSchema.install(connection);
    }
    this.writer = new OutboxWriter(new KafkaEventCodec(), settings.partitions());
    this.relay = new OutboxRelay(dataSource, producer, settings);
  }

  @Override
  public void append(Connection transaction, SignedEvent event) throws SQLException {
    writer.append(transaction, topic, event);
  }

  @Override
  public void committed() {
    relay.wakeUp();
  }

  /**
   * Starts the relay and returns once it holds every outbox partition. The relay's advisory locks
   * are per database, not per schema: a service's relay in the same database would keep some.
   */
  @Override
  public void start() throws InterruptedException {
    relay.start();
    long deadline = System.nanoTime() + CLAIM_LIMIT.toNanos();
    while (relay.heldPartitions().size() < settings.partitions().count()) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException(
            "the relay holds outbox partitions "
                + relay.heldPartitions()
                + " of "
                + settings.partitions().count()
                + " after "
                + CLAIM_LIMIT
                + ": another relay uses this database; give the bench a database of its own");
      }
      Thread.sleep(CLAIM_POLL);
    }
  }

  @Override
  public long pending(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT count(*) FROM eventline_outbox")) {
      count.next();
      return count.getLong(1);
    }
  }

  @Override
  public void close() {
    try {
      relay.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
