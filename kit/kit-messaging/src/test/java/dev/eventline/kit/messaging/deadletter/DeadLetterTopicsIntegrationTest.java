package dev.eventline.kit.messaging.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class DeadLetterTopicsIntegrationTest {
  private static final Instant FIRST_FAILURE = Instant.parse("2025-03-01T10:00:00Z");
  private static final String ORDER_1 = "01956a3c-8f00-7000-8000-000000000001";
  private static final String ORDER_2 = "01956a3c-8f00-7000-8000-000000000002";

  private final TestKafka kafka;
  private final KafkaProducer<byte[], byte[]> producer;
  private final DeadLetterTopics deadLetterTopics;

  DeadLetterTopicsIntegrationTest(TestKafka kafka) {
    this.kafka = kafka;
    this.producer = producer(kafka);
    this.deadLetterTopics = new DeadLetterTopics(kafka.clientProperties(), producer);
  }

  @AfterEach
  void closeProducer() {
    producer.close();
  }

  @Test
  void listsTheDeadLettersOfATopicOldestFirstWithTheirIdsAndReasons() throws Exception {
    String topic = topicWithThreeDeadLetters();
    String dlq = DeadLetters.topicFor(topic);

    List<ListedDeadLetter> listed = deadLetterTopics.list(topic, 10);

    assertThat(listed)
        .extracting(ListedDeadLetter::id)
        .containsExactly(
            new DeadLetterId(dlq, 1, 0), new DeadLetterId(dlq, 0, 0), new DeadLetterId(dlq, 1, 1));
    assertThat(listed)
        .extracting(deadLetter -> deadLetter.letter().reason())
        .containsExactly(
            FailureReason.SCHEMA_INVALID,
            FailureReason.BAD_SIGNATURE,
            FailureReason.BUSINESS_REJECTION);
    assertThat(listed)
        .extracting(deadLetter -> deadLetter.letter().origin())
        .containsExactly(
            new DeadLetter.Origin(topic, 0, 0),
            new DeadLetter.Origin(topic, 1, 0),
            new DeadLetter.Origin(topic, 0, 1));
    assertThat(listed)
        .extracting(ListedDeadLetter::eventId)
        .containsExactly(Optional.of(ORDER_1), Optional.of(ORDER_2), Optional.empty());
  }

  @Test
  void listsByTheDeadLetterTopicNameTooAndNoMoreThanTheLimit() throws Exception {
    String topic = topicWithThreeDeadLetters();
    String dlq = DeadLetters.topicFor(topic);

    assertThat(deadLetterTopics.list(dlq, 2))
        .extracting(ListedDeadLetter::id)
        .containsExactly(new DeadLetterId(dlq, 1, 0), new DeadLetterId(dlq, 0, 0));
  }

  @Test
  void aRecordWithoutDeadLetterHeadersIsLeftOutOfTheListing() throws Exception {
    String topic = topicWithDeadLetterTopic(1);
    String dlq = DeadLetters.topicFor(topic);
    send(new ProducerRecord<>(dlq, bytes("order-9"), bytes("written here by hand")));
    send(new ProducerRecord<>(topic, bytes("order-1"), bytes("{}")));
    deadLetter(kafka.read(topic, 1).get(0), FailureReason.UNDECODABLE, FIRST_FAILURE, 0);

    assertThat(deadLetterTopics.list(topic, 10))
        .extracting(ListedDeadLetter::id)
        .containsExactly(new DeadLetterId(dlq, 0, 1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> deadLetterTopics.replay(new DeadLetterId(dlq, 0, 0)))
        .withMessageContaining(dlq + ":0:0 is not a dead letter");
  }

  @Test
  void aPartitionHoldingOnlyRecordsThatAreNotDeadLettersListsNothing() throws Exception {
    String topic = topicWithDeadLetterTopic(1);
    send(
        new ProducerRecord<>(
            DeadLetters.topicFor(topic), bytes("order-9"), bytes("written here by hand")));

    assertThat(deadLetterTopics.list(topic, 10)).isEmpty();
  }

  @Test
  void anUnknownTopicIsReportedClearly() {
    assertThatThrownBy(() -> deadLetterTopics.list("orders.creatd", 10))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no dead-letter topic orders.creatd.dlq");
  }

  @Test
  void replaysOneDeadLetterByIdToItsOriginTopicUnchanged() throws Exception {
    String topic = topicWithDeadLetterTopic(1);
    ProducerRecord<byte[], byte[]> original =
        new ProducerRecord<>(topic, bytes("order-1"), bytes("{\"total\":42}"));
    original.headers().add("ce_id", bytes(ORDER_1)).add("traceparent", bytes("00-abc-def-01"));
    send(original);
    deadLetter(kafka.read(topic, 1).get(0), FailureReason.RETRIES_EXHAUSTED, FIRST_FAILURE, 0);

    DeadLetterTopics.Replayed replayed =
        deadLetterTopics.replay(DeadLetterId.parse(topic + ".dlq:0:0"));

    assertThat(replayed.topic()).isEqualTo(topic);
    assertThat(replayed.offset()).isEqualTo(1);
    assertThat(replayed.deadLetter().eventId()).contains(ORDER_1);
    ConsumerRecord<byte[], byte[]> republished = kafka.read(topic, 2).get(1);
    assertThat(republished.offset()).isEqualTo(1);
    assertThat(republished.key()).isEqualTo(original.key());
    assertThat(republished.value()).isEqualTo(original.value());
    assertThat(republished.headers().toArray()).containsExactly(original.headers().toArray());
    assertThat(republished.headers())
        .extracting(Header::key)
        .noneMatch(key -> key.startsWith("eventline.dlq."));
    assertThat(deadLetterTopics.list(topic, 10)).hasSize(1); // a replayed letter stays listed
  }

  @Test
  void anUnknownIdIsReportedClearly() throws Exception {
    String topic = topicWithDeadLetterTopic(1);
    String dlq = DeadLetters.topicFor(topic);
    send(new ProducerRecord<>(topic, bytes("order-1"), bytes("{}")));
    deadLetter(kafka.read(topic, 1).get(0), FailureReason.UNDECODABLE, FIRST_FAILURE, 0);

    assertThatThrownBy(() -> deadLetterTopics.replay(new DeadLetterId(dlq, 0, 5)))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage(
            "no dead letter " + dlq + ":0:5: partition 0 of " + dlq + " holds offsets 0 to 0");
    assertThatThrownBy(() -> deadLetterTopics.replay(new DeadLetterId(dlq, 3, 0)))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no dead letter " + dlq + ":3:0: " + dlq + " has no partition 3");
    assertThatThrownBy(() -> deadLetterTopics.replay(DeadLetterId.parse("nowhere.dlq:0:0")))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no dead-letter topic nowhere.dlq");
  }

  /**
   * {@code orders.created-*} with two partitions and three dead letters, each failed a second after
   * the one before, placed so that the oldest is not first in partition order:
   *
   * <pre>
   * order-1  origin 0:0  ce_id ORDER_1  SCHEMA_INVALID      at +0s  dlq 1:0
   * order-2  origin 1:0  ce_id ORDER_2  BAD_SIGNATURE       at +1s  dlq 0:0
   * order-3  origin 0:1  no ce_id       BUSINESS_REJECTION  at +2s  dlq 1:1
   * </pre>
   */
  private String topicWithThreeDeadLetters() throws Exception {
    String topic = topicWithDeadLetterTopic(2);
    send(event(topic, 0, "order-1", Optional.of(ORDER_1)));
    send(event(topic, 1, "order-2", Optional.of(ORDER_2)));
    send(event(topic, 0, "order-3", Optional.empty()));
    List<ConsumerRecord<byte[], byte[]>> failed = kafka.read(topic, 3);
    deadLetter(failed(failed, "order-1"), FailureReason.SCHEMA_INVALID, FIRST_FAILURE, 1);
    deadLetter(
        failed(failed, "order-2"), FailureReason.BAD_SIGNATURE, FIRST_FAILURE.plusSeconds(1), 0);
    deadLetter(
        failed(failed, "order-3"),
        FailureReason.BUSINESS_REJECTION,
        FIRST_FAILURE.plusSeconds(2),
        1);
    return topic;
  }

  /** A new {@code orders.created-*} topic and its dead-letter topic, as many partitions each. */
  private String topicWithDeadLetterTopic(int partitions) throws Exception {
    String topic = kafka.createTopic("orders.created", partitions);
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin
          .createTopics(List.of(new NewTopic(DeadLetters.topicFor(topic), partitions, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    return topic;
  }

  private static ProducerRecord<byte[], byte[]> event(
      String topic, int partition, String key, Optional<String> eventId) {
    ProducerRecord<byte[], byte[]> event =
        new ProducerRecord<>(topic, partition, bytes(key), bytes("{\"order\":\"" + key + "\"}"));
    eventId.ifPresent(id -> event.headers().add("ce_id", bytes(id)));
    return event;
  }

  private static ConsumerRecord<byte[], byte[]> failed(
      List<ConsumerRecord<byte[], byte[]>> records, String key) {
    return records.stream()
        .filter(record -> new String(record.key(), StandardCharsets.UTF_8).equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no record with key " + key));
  }

  /** Dead-letters {@code failed} as the consumer group {@code payments} would, at {@code at}. */
  private void deadLetter(
      ConsumerRecord<byte[], byte[]> failed, FailureReason reason, Instant at, int dlqPartition)
      throws Exception {
    ProducerRecord<byte[], byte[]> letter =
        new DeadLetters("payments", Clock.fixed(at, ZoneOffset.UTC))
            .record(failed, reason, new IllegalArgumentException(reason.name()), 1);
    send(
        new ProducerRecord<>(
            letter.topic(), dlqPartition, letter.key(), letter.value(), letter.headers()));
  }

  private void send(ProducerRecord<byte[], byte[]> record) throws Exception {
    producer.send(record).get(30, TimeUnit.SECONDS);
  }

  private static KafkaProducer<byte[], byte[]> producer(TestKafka kafka) {
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(properties);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
