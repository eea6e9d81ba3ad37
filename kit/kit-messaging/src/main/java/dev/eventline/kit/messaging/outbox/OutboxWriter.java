package dev.eventline.kit.messaging.outbox;

import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Appends events to the outbox inside the caller's transaction: pass the connection of the
 * transaction that changes the state (under Spring, the one {@code DataSourceUtils} gives). If the
 * transaction rolls back, the event was never written; if it commits, the relay publishes it.
 */
public final class OutboxWriter {
  private static final String INSERT =
      "INSERT INTO eventline_outbox (partition_no, topic, record_key, headers, payload)"
          + " VALUES (?, ?, ?, ?, ?)";

  private final KafkaEventCodec codec;
  private final OutboxPartitions partitions;

  public OutboxWriter(KafkaEventCodec codec, OutboxPartitions partitions) {
    this.codec = codec;
    this.partitions = partitions;
  }

  /** Writes {@code event} for {@code topic}; it is published after the caller commits. */
  public void append(Connection transaction, String topic, SignedEvent event) throws SQLException {
    ProducerRecord<String, byte[]> record = codec.encode(topic, event);
    try (PreparedStatement insert = transaction.prepareStatement(INSERT)) {
      insert.setShort(1, (short) partitions.of(record.key()));
      insert.setString(2, record.topic());
      insert.setString(3, record.key());
      insert.setBytes(4, OutboxHeaders.write(record.headers()));
      insert.setBytes(5, record.value());
      insert.executeUpdate();
    }
  }
}
