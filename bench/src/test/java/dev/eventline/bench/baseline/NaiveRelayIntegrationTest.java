package dev.eventline.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class NaiveRelayIntegrationTest {
  private static final Duration POLL = Duration.ofMillis(100);

  private final TestDatabase database;
  private final TestKafka kafka;
  private final SequencedEvents events = new SequencedEvents(3);
  private final KafkaEventCodec codec = new KafkaEventCodec();
  private KafkaProducer<String, byte[]> producer;

  NaiveRelayIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.database = database;
    this.kafka = kafka;
  }

  @BeforeEach
  void emptyOutbox() throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      NaiveOutbox.install(connection);
      statement.execute("TRUNCATE " + NaiveOutbox.TABLE);
    }
  }

  @AfterEach
  void closeProducer() {
    if (producer != null) {
      producer.close();
    }
  }

  @Test
  void theNaiveRelayPublishesEveryRowOnceInIdOrder() throws Exception {
    String topic = kafka.createTopic("naive", 1);
    write(topic, 250);
    producer = producer(Map.of());

    try (NaiveRelay relay = new NaiveRelay(database.dataSource(), producer, POLL)) {
      assertThat(relay.relayOnce()).isEqualTo(NaiveRelay.BATCH_SIZE);
      while (relay.relayOnce() > 0) {
        // one batch after another, as its thread would
      }
    }

    List<ConsumerRecord<byte[], byte[]>> records = kafka.read(topic, 250);
    assertThat(records)
        .extracting(record -> SequencedEvents.sequence(record.value()))
        .containsExactlyElementsOf(LongStream.range(0, 250).boxed().toList());
    assertThat(pending()).isZero();
  }

  @Test
  void publishesRowsCommittedWhileItRunsOnItsOwnThread() throws Exception {
    String topic = kafka.createTopic("naive", 3);
    producer = producer(Map.of());

    try (NaiveRelay relay = new NaiveRelay(database.dataSource(), producer, POLL)) {
      relay.start();
      write(topic, 30);

      List<ConsumerRecord<byte[], byte[]>> records = kafka.read(topic, 30);
      assertThat(records).hasSize(30);
      for (String key : List.of("order-0", "order-1", "order-2")) {
        assertThat(records)
            .filteredOn(record -> new String(record.key()).equals(key))
            .extracting(record -> SequencedEvents.sequence(record.value()))
            .isSorted()
            .hasSize(10);
      }
    }
  }

  @Test
  void leavesARowUnprocessedWhenTheBrokerDoesNotAcknowledgeIt() throws Exception {
    write("no-such-topic", 1); // the broker creates no topic on first use
    producer = producer(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 500));

    try (NaiveRelay relay = new NaiveRelay(database.dataSource(), producer, POLL)) {
      assertThatIllegalStateException().isThrownBy(relay::relayOnce);
    }

    assertThat(pending()).isEqualTo(1);
  }

  private void write(String topic, int rows) throws SQLException {
    try (Connection transaction = database.connect()) {
      transaction.setAutoCommit(false);
      for (int sequence = 0; sequence < rows; sequence++) {
        NaiveOutbox.append(transaction, codec.encode(topic, events.event(sequence)));
        if (sequence % 50 == 49) {
          transaction.commit();
        }
      }
      transaction.commit();
    }
  }

  private long pending() throws SQLException {
    try (Connection connection = database.connect()) {
      return NaiveOutbox.pending(connection);
    }
  }

  private KafkaProducer<String, byte[]> producer(Map<String, Object> overrides) {
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.putAll(overrides);
    return new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
  }
}
