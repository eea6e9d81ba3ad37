package dev.eventline.kit.messaging.consumer;

import static dev.eventline.kit.messaging.consumer.WireRecords.ORDERS;
import static dev.eventline.kit.messaging.consumer.WireRecords.bytes;
import static dev.eventline.kit.messaging.consumer.WireRecords.orderCreated;
import static dev.eventline.kit.messaging.consumer.WireRecords.payload;
import static dev.eventline.kit.messaging.consumer.WireRecords.producer;
import static dev.eventline.kit.messaging.consumer.WireRecords.send;
import static dev.eventline.kit.messaging.consumer.WireRecords.takeAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignatureVerifier;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.deadletter.DeadLetter;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.deadletter.FailureReason;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestKafka;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@RealInfrastructure
class EventConsumerIntegrationTest {
  private final EventIdGenerator ids = EventIdGenerator.systemDefault();
  private final KeyPair keys = Ed25519Keys.generate();
  private final EventSigner signer = new EventSigner("orders-1", keys.getPrivate());
  private final KafkaEventCodec codec = new KafkaEventCodec();
  private final List<String> applied = new ArrayList<>();
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

  private final AtomicInteger groups = new AtomicInteger();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  /**
   * Rejects "poison" for good, fails "flaky" twice, applies the rest; a group is applied all or
   * nothing, like a transaction.
   */
  private final EventHandler handler =
      new EventHandler() {
        @Override
        public void handle(SignedEvent event) throws BusinessRejection {
          applied.add(check(event));
        }

        @Override
        public void handleAll(List<SignedEvent> events) throws BusinessRejection {
          groups.incrementAndGet();
          List<String> staged = new ArrayList<>();
          for (SignedEvent event : events) {
            staged.add(check(event));
          }
          applied.addAll(staged);
        }

        private String check(SignedEvent event) throws BusinessRejection {
          String subject = event.attributes().subject();
          int attempt = attempts.merge(subject, 1, Integer::sum);
          if (subject.equals("poison")) {
            throw new BusinessRejection("order poison has no lines");
          }
          if (subject.equals("flaky") && attempt < 3) {
            throw new IllegalStateException("database busy");
          }
          return subject;
        }
      };

  @ParameterizedTest(name = "{0} records per transaction")
  @ValueSource(ints = {1, 100})
  void badRecordsGoToTheDeadLetterTopicWithoutHoldingUpTheRecordsBehindThem(
      int recordsPerTransaction, TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("orders.created", 1);
    createTopic(kafka, DeadLetters.topicFor(topic));
    try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
      send(producer, codec.encode(topic, signer.sign(orderCreated(ids, "good-1"), payload())));
      send(producer, codec.encode(topic, signer.sign(orderCreated(ids, "poison"), payload())));
      send(producer, codec.encode(topic, signer.sign(orderCreated(ids, "good-2"), payload())));
      send(producer, new ProducerRecord<>(topic, bytes("plain"), bytes("not a cloud event")));
      send(
          producer,
          codec.encode(
              topic, new SignedEvent(orderCreated(ids, "forged"), payload(), Optional.empty())));
      send(producer, codec.encode(topic, signer.sign(orderCreated(ids, "flaky"), payload())));
      send(producer, codec.encode(topic, signer.sign(orderCreated(ids, "good-3"), payload())));

      consume(kafka, topic, producer, recordsPerTransaction, 7);
    }

    // A group holding a bad record is taken one record at a time: each good one applied once.
    assertThat(applied).containsExactly("good-1", "good-2", "flaky", "good-3");
    assertThat(attempts).containsEntry("poison", 1).containsEntry("flaky", 3);
    assertThat(attempts).doesNotContainKey("forged");
    List<DeadLetter> letters = readDeadLetters(kafka, DeadLetters.topicFor(topic), 3);
    assertThat(letters)
        .extracting(DeadLetter::reason, DeadLetter::attempts)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FailureReason.BUSINESS_REJECTION, 1),
            org.assertj.core.groups.Tuple.tuple(FailureReason.UNDECODABLE, 1),
            org.assertj.core.groups.Tuple.tuple(FailureReason.BAD_SIGNATURE, 1));
    assertThat(letters.get(0).causeMessage()).isEqualTo("order poison has no lines");
    assertThat(letters.get(2).causeMessage()).startsWith("UNSIGNED");
  }

  @Test
  void goodRecordsOfAPollAreAppliedTogetherInOrderAndOnce(TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("orders.created", 1);
    createTopic(kafka, DeadLetters.topicFor(topic));
    List<String> sent = new ArrayList<>();
    try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
      for (int i = 0; i < 30; i++) {
        sent.add("order-" + i);
        send(
            producer, codec.encode(topic, signer.sign(orderCreated(ids, "order-" + i), payload())));
      }
      consume(kafka, topic, producer, 10, 30);
    }

    assertThat(applied).containsExactlyElementsOf(sent);
    assertThat(groups.get())
        .as("groups of at most 10: at least 3 calls, far fewer than 30")
        .isBetween(3, 15);
  }

  @Test
  void aGroupThatFailsIsRolledBackAndTakenOneByOneWithTheUsualRetriesAndDeadLetters(TestKafka kafka)
      throws Exception {
    String topic = kafka.createTopic("orders.created", 1);
    createTopic(kafka, DeadLetters.topicFor(topic));
    try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
      for (String subject : List.of("good-1", "poison", "flaky", "good-2")) {
        send(producer, codec.encode(topic, signer.sign(orderCreated(ids, subject), payload())));
      }
      consume(kafka, topic, producer, 100, 4);
    }

    assertThat(applied).containsExactly("good-1", "flaky", "good-2");
    List<DeadLetter> letters = readDeadLetters(kafka, DeadLetters.topicFor(topic), 1);
    assertThat(letters)
        .extracting(DeadLetter::reason, DeadLetter::attempts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(FailureReason.BUSINESS_REJECTION, 1));
  }

  @Test
  void metersCountWhatWasDoneRetriedAndDeadLetteredPerTopic(TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("orders.created", 1);
    createTopic(kafka, DeadLetters.topicFor(topic));
    try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
      for (String subject : List.of("good-1", "poison", "flaky", "good-2")) {
        send(producer, codec.encode(topic, signer.sign(orderCreated(ids, subject), payload())));
      }
      send(
          producer,
          codec.encode(
              topic, new SignedEvent(orderCreated(ids, "forged"), payload(), Optional.empty())));
      consume(kafka, topic, producer, 1, 5);
    }

    assertThat(meters.get("eventline.consumer.records").tag("partition", "0").counter().count())
        .isEqualTo(5);
    assertThat(meters.get("eventline.consumer.processing").tag("topic", topic).timer().count())
        .isEqualTo(5);
    // poison fails once for good; flaky fails twice and is retried twice
    assertThat(meters.get("eventline.consumer.failures").tag("topic", topic).counter().count())
        .isEqualTo(3);
    assertThat(meters.get("eventline.consumer.retries").tag("topic", topic).counter().count())
        .isEqualTo(2);
    assertThat(deadLetters(topic, "business_rejection")).isEqualTo(1);
    assertThat(deadLetters(topic, "bad_signature")).isEqualTo(1);
    assertThat(deadLetters(topic, "retries_exhausted")).isZero();
    assertThat(meters.get("eventline.consumer.lag").tag("partition", "0").gauge().value()).isZero();
  }

  @Test
  void theLagGaugeTellsHowFarTheConsumerIsBehindAfterAPoll(TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("orders.created", 1);
    try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
      for (int i = 0; i < 30; i++) {
        send(
            producer, codec.encode(topic, signer.sign(orderCreated(ids, "order-" + i), payload())));
      }
    }
    Map<String, Object> properties = new HashMap<>();
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5);
    try (KafkaConsumer<byte[], byte[]> consumer =
            WireRecords.consumer(kafka, "payments", properties);
        KafkaProducer<byte[], byte[]> deadLetterProducer = producer(kafka)) {
      EventConsumer events = eventConsumer(consumer, topic, deadLetterProducer, 1);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (events.pollOnce(Duration.ofMillis(200)) == 0 && System.nanoTime() < deadline) {
        // until the first records arrive
      }
    }

    assertThat(applied).hasSize(5);
    assertThat(meters.get("eventline.consumer.lag").tag("topic", topic).gauge().value())
        .isEqualTo(25);
  }

  private double deadLetters(String topic, String reason) {
    return meters
        .get("eventline.consumer.dead.letters")
        .tags("topic", topic, "reason", reason)
        .counter()
        .count();
  }

  /** The consumer under test, subscribed to {@code topic} as group "payments", with the handler. */
  private EventConsumer eventConsumer(
      KafkaConsumer<byte[], byte[]> consumer,
      String topic,
      KafkaProducer<byte[], byte[]> deadLetterProducer,
      int recordsPerTransaction) {
    consumer.subscribe(List.of(topic));
    return new EventConsumer(
        consumer,
        deadLetterProducer,
        codec,
        new SignatureVerifier(Map.of(ORDERS, Map.of("orders-1", keys.getPublic()))),
        new DeadLetters("payments", Clock.systemUTC()),
        new RetryPolicy(3, Duration.ofMillis(10)),
        handler,
        EventConsumer.Options.DEFAULTS
            .withRecordsPerTransaction(recordsPerTransaction)
            .withMetrics(new ConsumerMetrics(meters, "payments", List.of(topic))));
  }

  /** Consumes {@code expected} records of {@code topic} as group "payments" with the handler. */
  private void consume(
      TestKafka kafka,
      String topic,
      KafkaProducer<byte[], byte[]> deadLetterProducer,
      int recordsPerTransaction,
      int expected)
      throws InterruptedException {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka, "payments")) {
      EventConsumer events =
          eventConsumer(consumer, topic, deadLetterProducer, recordsPerTransaction);
      takeAll(events, expected);
    }
  }

  private static void createTopic(TestKafka kafka, String name) throws Exception {
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
  }

  private static KafkaConsumer<byte[], byte[]> consumer(TestKafka kafka, String group) {
    return WireRecords.consumer(kafka, group, Map.of());
  }

  private static List<DeadLetter> readDeadLetters(TestKafka kafka, String topic, int count) {
    return kafka.read(topic, count).stream().map(DeadLetters::read).toList();
  }
}
