package dev.eventline.bench.baseline;

import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;

/**
 * The naive outbox: the {@link NaiveOutbox} table holding the same encoded records as the kit's,
 * and the {@link NaiveRelay}, which nobody wakes: it finds new rows when it polls.
 */
final class NaiveRig implements RelayRig {
  private final String topic;
  private final KafkaEventCodec codec = new KafkaEventCodec();
  private final NaiveRelay relay;

  NaiveRig(
      DataSource dataSource, Producer<String, byte[]> producer, String topic, Duration pollInterval)
      throws SQLException {
    this.topic = topic;
    try (Connection connection = dataSource.getConnection()) {
      NaiveOutbox.install(connection);
    }
    this.relay = new NaiveRelay(dataSource, producer, pollInterval);
  }

  @Override
  public void append(Connection transaction, SignedEvent event) throws SQLException {
    NaiveOutbox.append(transaction, codec.encode(topic, event));
  }

  @Override
  public void committed() {
    // Tutorials' relays poll; none is told about a commit.
  }

  @Override
  public void start() {
    relay.start();
  }

  @Override
  public long pending(Connection connection) throws SQLException {
    return NaiveOutbox.pending(connection);
  }

  @Override
  public void close() {
    relay.close();
  }
}
