package dev.eventline.kit.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventAttributes;
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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@RealInfrastructure
class EventConsumerIntegrationTest {
  private static final URI ORDERS = URI.create("/services/orders");
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
      send(producer, codec.encode(topic, signer.sign(attributes("good-1"), payload())));
      send(producer, codec.encode(topic, signer.sign(attributes("poison"), payload())));
      send(producer, codec.encode(topic, signer.sign(attributes("good-2"), payload())));
      send(producer, new ProducerRecord<>(topic, bytes("plain"), bytes("not a cloud event")));
      send(
          producer,
          codec.encode(topic, new SignedEvent(attributes("forged"), payload(), Optional.empty())));
      send(producer, codec.encode(topic, signer.sign(attributes("flaky"), payload())));
      send(producer, codec.encode(topic, signer.sign(attributes("good-3"), payload())));

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
        send(producer, codec.encode(topic, signer.sign(attributes("order-" + i), payload())));
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
        send(producer, codec.encode(topic, signer.sign(attributes(subject), payload())));
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
        send(producer, codec.encode(topic, signer.sign(attributes(subject), payload())));
      }
      send(
          producer,
          codec.encode(topic, new SignedEvent(attributes("forged"), payload(), Optional.empty())));
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
        send(producer, codec.encode(topic, signer.sign(attributes("order-" + i), payload())));
      }
    }
    Map<String, Object> properties = new HashMap<>();
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5);
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(kafka, "payments", properties);
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
      int taken = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (taken < expected && System.nanoTime() < deadline) {
        taken += events.pollOnce(Duration.ofMillis(200));
      }
      assertThat(taken).isEqualTo(expected);
    }
  }

  private EventAttributes attributes(String subject) {
    return new EventAttributes(
        ids.next(),
        ORDERS,
        "dev.eventline.orders.OrderCreated",
        1,
        Instant.now(),
        subject,
        "correlation-" + subject,
        Optional.empty(),
        Optional.empty());
  }

  private static byte[] payload() {
    return bytes("{\"totalCents\":2599}");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, ProducerRecord<?, byte[]> record)
      throws Exception {
    // The codec keys records by subject (a String); this producer sends bytes.
    byte[] key = record.key() instanceof String text ? bytes(text) : (byte[]) record.key();
    producer
        .send(new ProducerRecord<>(record.topic(), null, key, record.value(), record.headers()))
        .get(30, TimeUnit.SECONDS);
  }

  private static void createTopic(TestKafka kafka, String name) throws Exception {
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
  }

  private static KafkaProducer<byte[], byte[]> producer(TestKafka kafka) {
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(properties);
  }

  private static KafkaConsumer<byte[], byte[]> consumer(TestKafka kafka, String group) {
    return consumer(kafka, group, Map.of());
  }

  private static KafkaConsumer<byte[], byte[]> consumer(
      TestKafka kafka, String group, Map<String, Object> overrides) {
    Map<String, Object> properties = new HashMap<>(kafka.consumerProperties(group));
    properties.putAll(overrides);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return new KafkaConsumer<>(properties);
  }

  private static List<DeadLetter> readDeadLetters(TestKafka kafka, String topic, int count) {
    return kafka.read(topic, count).stream().map(DeadLetters::read).toList();
  }
}
