package dev.eventline.payments.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.messaging.UndecodableEventException;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.payments.api.ChargePayment;
import dev.eventline.payments.api.PaymentMessages;
import dev.eventline.payments.api.RefundPayment;
import java.net.URI;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Stands in for the order service's saga: sends payment commands signed with an orders key of its
 * own, as the saga would, and reads the payment service's answers from their topics.
 */
final class OrderSagaStandIn implements AutoCloseable {
  private static final URI SOURCE = URI.create("/services/orders");
  private static final String KEY_ID = "orders-test-1";
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

  private final TestKafka kafka;
  private final KeyPair keys = Ed25519Keys.generate();
  private final EventPayloads payloads = EventPayloads.forTypes(PaymentMessages.TYPES);
  private final KafkaEventCodec codec = new KafkaEventCodec();
  private final EventIdGenerator ids = EventIdGenerator.systemDefault();
  private final KafkaProducer<String, byte[]> producer;

  OrderSagaStandIn(TestKafka kafka) {
    this.kafka = kafka;
    Map<String, Object> properties = kafka.producerProperties();
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    this.producer = new KafkaProducer<>(properties);
  }

  /** What the payment service needs to trust these commands: the orders key's public half. */
  Map<String, Object> verificationKey() {
    return Map.of(
        "eventline.verification.keys.orders." + KEY_ID, Ed25519Keys.encode(keys.getPublic()));
  }

  /** A charge as the saga sends it: a new event each time, keyed by the order. */
  SignedEvent charge(UUID orderId, String userId, long amountCents) {
    return command(
        PaymentMessages.CHARGE_PAYMENT,
        orderId,
        new ChargePayment(orderId, userId, amountCents),
        keys.getPrivate());
  }

  /** A refund as the saga sends it: a new event each time, keyed by the order. */
  SignedEvent refund(UUID orderId, String userId, long amountCents) {
    return command(
        PaymentMessages.REFUND_PAYMENT,
        orderId,
        new RefundPayment(orderId, userId, amountCents),
        keys.getPrivate());
  }

  /** A charge under the orders key id, signed by someone who does not hold the key. */
  SignedEvent forgedCharge(UUID orderId, String userId, long amountCents) {
    return command(
        PaymentMessages.CHARGE_PAYMENT,
        orderId,
        new ChargePayment(orderId, userId, amountCents),
        Ed25519Keys.generate().getPrivate());
  }

  /** Sends each command in turn; one order's commands share a partition, so they stay in order. */
  void send(SignedEvent... commands) throws Exception {
    for (SignedEvent command : commands) {
      producer.send(codec.encode(PaymentMessages.CHARGE_PAYMENT.topic(), command)).get();
    }
  }

  /** The answers of {@code type} about {@code orderId} in its topic now, oldest first. */
  <T extends Record> List<Answer<T>> answers(EventType<T> type, UUID orderId) {
    List<Answer<T>> answers = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : readAll(type.topic())) {
      SignedEvent event = decode(record);
      if (event.attributes().subject().equals(orderId.toString())
          && event.attributes().type().equals(type.name())) {
        T message = payloads.read(type, event.attributes().version(), event.payload());
        answers.add(new Answer<>(message, event));
      }
    }
    return answers;
  }

  /** Waits until {@code count} answers of {@code type} about {@code orderId} were published. */
  <T extends Record> List<Answer<T>> awaitAnswers(EventType<T> type, UUID orderId, int count) {
    return await()
        .atMost(ANSWER_WITHIN)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> answers(type, orderId), answers -> answers.size() >= count);
  }

  /** The dead letters of the commands' topic that are about {@code orderId}. */
  List<ConsumerRecord<byte[], byte[]>> deadLetters(UUID orderId) {
    return readAll(PaymentMessages.CHARGE_PAYMENT.topic() + ".dlq").stream()
        .filter(record -> orderId.toString().equals(new String(record.key(), UTF_8)))
        .toList();
  }

  @Override
  public void close() {
    producer.close();
  }

  private <T extends Record> SignedEvent command(
      EventType<T> type, UUID orderId, T command, PrivateKey key) {
    EventAttributes attributes =
        new EventAttributes(
            ids.next(),
            SOURCE,
            type.name(),
            type.version(),
            Instant.now(),
            orderId.toString(),
            "order-" + orderId,
            Optional.empty(),
            Optional.empty());
    return new EventSigner(KEY_ID, key).sign(attributes, payloads.write(type, command));
  }

  /** Every record in the topic up to its end now, read without a consumer group. */
  private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    Map<String, Object> properties = kafka.consumerProperties("stand-in-" + UUID.randomUUID());
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(partition -> new TopicPartition(topic, partition.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + topic + " to its end " + ends);
        }
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
      }
    }
    return records;
  }

  private SignedEvent decode(ConsumerRecord<byte[], byte[]> record) {
    try {
      return codec.decode(record);
    } catch (UndecodableEventException e) {
      throw new AssertionError(e);
    }
  }

  /** An answer of the payment service: the message, and the signed event it came in. */
  record Answer<T extends Record>(T message, SignedEvent event) {
    EventAttributes attributes() {
      return event.attributes();
    }
  }
}
