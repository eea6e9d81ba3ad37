package dev.eventline.kit.test.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class TestKafkaIntegrationTest {

  private final TestKafka kafka;

  TestKafkaIntegrationTest(TestKafka kafka) {
    this.kafka = kafka;
  }

  @Test
  void aRecordProducedWithAcksAllRoundTripsThroughACreatedTopic() throws Exception {
    String topic = kafka.createTopic("round-trip", 1);

    RecordMetadata sent;
    try (var producer =
        new KafkaProducer<>(
            kafka.producerProperties(), new StringSerializer(), new StringSerializer())) {
      sent =
          producer.send(new ProducerRecord<>(topic, "order-1", "placed")).get(30, TimeUnit.SECONDS);
    }

    List<ConsumerRecord<byte[], byte[]>> received = kafka.read(topic, 1);
    assertThat(received)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("order-1");
              assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("placed");
              assertThat(record.offset()).isEqualTo(sent.offset());
            });
  }

  @Test
  void createdTopicsHaveNamesOfTheirOwnAndEveryRequestedPartitionLed() throws Exception {
    String first = kafka.createTopic("orders", 3);
    String second = kafka.createTopic("orders", 3);

    assertThat(first).startsWith("orders-").isNotEqualTo(second);
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      TopicDescription description =
          admin.describeTopics(List.of(first)).allTopicNames().get(30, TimeUnit.SECONDS).get(first);
      assertThat(description.partitions())
          .hasSize(3)
          .allSatisfy(partition -> assertThat(partition.leader()).isNotNull());
    }
  }
}
