package dev.eventline.kit.messaging.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class DeadLetterReplayIntegrationTest {
  private final DeadLetters deadLetters = new DeadLetters("payments", Clock.systemUTC());

  @Test
  void aDeadLetterCrossesItsDlqTopicAndReplaysAsTheSameRecord(TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("orders.created", 1);
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin
          .createTopics(List.of(new NewTopic(DeadLetters.topicFor(topic), 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    ProducerRecord<byte[], byte[]> bad =
        new ProducerRecord<>(topic, bytes("order-1"), bytes("{not json"));
    bad.headers().add("ce_id", bytes("01a207bc-0c4a-7230-9059-c7334bf080c3"));

    try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
      producer.send(bad).get(30, TimeUnit.SECONDS);
      ConsumerRecord<byte[], byte[]> failed = readOne(kafka, topic, 0);
      producer
          .send(
              deadLetters.record(
                  failed,
                  FailureReason.SCHEMA_INVALID,
                  new IllegalArgumentException("not JSON"),
                  1))
          .get(30, TimeUnit.SECONDS);

      DeadLetter letter = DeadLetters.read(readOne(kafka, DeadLetters.topicFor(topic), 0));
      assertThat(letter.reason()).isEqualTo(FailureReason.SCHEMA_INVALID);
      assertThat(letter.origin()).isEqualTo(new DeadLetter.Origin(topic, 0, failed.offset()));

      producer.send(DeadLetters.replay(letter)).get(30, TimeUnit.SECONDS);
    }
    ConsumerRecord<byte[], byte[]> replayed = readOne(kafka, topic, 1);
    assertThat(replayed.key()).isEqualTo(bad.key());
    assertThat(replayed.value()).isEqualTo(bad.value());
    assertThat(replayed.headers().toArray()).containsExactly(bad.headers().toArray());
  }

  private static KafkaProducer<byte[], byte[]> producer(TestKafka kafka) {
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(properties);
  }

  /** The record at {@code offset} of partition 0 of {@code topic}, read within a minute. */
  private static ConsumerRecord<byte[], byte[]> readOne(
      TestKafka kafka, String topic, long offset) {
    return kafka
        .readUntil(topic, records -> records.stream().anyMatch(r -> r.offset() == offset))
        .stream()
        .filter(record -> record.offset() == offset)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record at offset " + offset + " of " + topic));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
