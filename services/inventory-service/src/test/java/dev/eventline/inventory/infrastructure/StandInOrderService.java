package dev.eventline.inventory.infrastructure;

import static dev.eventline.inventory.api.InventoryMessages.INVENTORY_RESERVATION_FAILED;
import static dev.eventline.inventory.api.InventoryMessages.INVENTORY_RESERVED;
import static dev.eventline.inventory.api.InventoryMessages.RELEASE_STOCK;
import static dev.eventline.inventory.api.InventoryMessages.RESERVE_STOCK;
import static dev.eventline.inventory.api.InventoryMessages.STOCK_RELEASED;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.api.ReleaseStock;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.api.StockLine;
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
import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the order service's saga against a running inventory: signs commands with the orders key
 * the inventory trusts, sends them (again, if asked), and reads the inventory's answers.
 */
final class StandInOrderService implements AutoCloseable {
  /** One key per test run, so that every inventory started in this JVM trusts it. */
  private static final KeyPair KEYS = Ed25519Keys.generate();

  private static final String KEY_ID = "orders-test-1";

  /** Whose orders {@link #reserve(UUID, StockLine...)} reserves for. */
  static final String CUSTOMER = "stand-in-customer";

  private static final URI SOURCE = URI.create("/services/orders");
  private static final Duration ANSWER_LIMIT = Duration.ofSeconds(30);
  private static final List<EventType<?>> ANSWERS =
      List.of(INVENTORY_RESERVED, INVENTORY_RESERVATION_FAILED, STOCK_RELEASED);

  private final TestKafka kafka;
  private final EventPayloads payloads = EventPayloads.forTypes(InventoryMessages.TYPES);
  private final EventSigner signer = new EventSigner(KEY_ID, KEYS.getPrivate());
  private final KafkaEventCodec codec = new KafkaEventCodec();
  private final KafkaProducer<String, byte[]> producer;

  StandInOrderService(TestKafka kafka) {
    this.kafka = kafka;
    Map<String, Object> properties = kafka.producerProperties();
    properties.put("key.serializer", StringSerializer.class);
    properties.put("value.serializer", ByteArraySerializer.class);
    this.producer = new KafkaProducer<>(properties);
  }

  String keyId() {
    return KEY_ID;
  }

  String publicKey() {
    return Ed25519Keys.encode(KEYS.getPublic());
  }

  /** Sends {@code ReserveStock} for the order, as the saga does; returns it for sending again. */
  SignedEvent reserve(UUID orderId, StockLine... lines) {
    return reserveFor(CUSTOMER, orderId, lines);
  }

  /** Sends {@code ReserveStock} for {@code userId}'s order. */
  SignedEvent reserveFor(String userId, UUID orderId, StockLine... lines) {
    return reserve(new ReserveStock(orderId, userId, List.of(lines)));
  }

  /** Sends {@code ReserveStock} as the saga did before the command named the customer. */
  SignedEvent reserveWithoutCustomer(UUID orderId, StockLine... lines) {
    return reserve(new ReserveStock(orderId, List.of(lines)));
  }

  private SignedEvent reserve(ReserveStock command) {
    return send(sign(RESERVE_STOCK, command.orderId().toString(), command));
  }

  /** Sends {@code ReleaseStock} for the order, as the saga's compensation does. */
  SignedEvent release(UUID orderId) {
    return send(sign(RELEASE_STOCK, orderId.toString(), new ReleaseStock(orderId)));
  }

  /**
   * Sends the same command under a new event id, as the saga does when an operator retries a step
   * (its own resends after a timeout keep the id, which the inbox recognises).
   */
  SignedEvent resend(SignedEvent command) {
    EventAttributes was = command.attributes();
    EventAttributes attributes =
        new EventAttributes(
            EventIdGenerator.systemDefault().next(),
            was.source(),
            was.type(),
            was.version(),
            Instant.now(),
            was.subject(),
            was.correlationId(),
            was.causationId(),
            was.traceparent());
    return send(signer.sign(attributes, command.payload()));
  }

  /**
   * Signs {@code command} about {@code subject}, whatever the order it names; see {@link #send}.
   */
  <T extends Record> SignedEvent sign(EventType<T> type, String subject, T command) {
    EventAttributes attributes =
        new EventAttributes(
            EventIdGenerator.systemDefault().next(),
            SOURCE,
            type.name(),
            type.version(),
            Instant.now(),
            subject,
            "saga-" + subject,
            Optional.empty(),
            Optional.empty());
    return signer.sign(attributes, payloads.write(type, command));
  }

  /** Delivers {@code command} (again: same id, same bytes, as Kafka redelivers). */
  SignedEvent send(SignedEvent command) {
    ProducerRecord<String, byte[]> record =
        codec.encode(RESERVE_STOCK.topic(), command); // both commands share the topic
    try {
      producer.send(record).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot send " + command.attributes(), e);
    }
    return command;
  }

  /**
   * Every answer about the order, read until the one to {@code command} arrived. Answers on one
   * topic come in the order they were published, and the inventory publishes an order's answers in
   * the order of its commands, so every answer to an earlier command of the same kind is here too.
   */
  List<Answer> answersAfter(UUID orderId, SignedEvent command) {
    return answersUntil(
        orderId, answers -> answers.stream().anyMatch(a -> a.answers(command.attributes().id())));
  }

  /** Waits for the answer to {@code command} and returns it. */
  Record answerTo(UUID orderId, SignedEvent command) {
    return answersAfter(orderId, command).stream()
        .filter(answer -> answer.answers(command.attributes().id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no answer to " + command.attributes()))
        .message();
  }

  /** Every answer about the order, read until {@code done} holds (or 30 seconds passed). */
  List<Answer> answersUntil(UUID orderId, Predicate<List<Answer>> done) {
    Map<String, Object> properties = kafka.consumerProperties("stand-in-" + UUID.randomUUID());
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    List<Answer> answers = new ArrayList<>();
    long deadline = System.nanoTime() + ANSWER_LIMIT.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      consumer.subscribe(ANSWERS.stream().map(EventType::topic).toList());
      while (!done.test(answers) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> collect(record, orderId, answers));
      }
      // Once more, so that an answer beyond what `done` waited for shows too.
      consumer.poll(Duration.ofMillis(500)).forEach(record -> collect(record, orderId, answers));
    }
    return answers;
  }

  private void collect(ConsumerRecord<byte[], byte[]> record, UUID orderId, List<Answer> answers) {
    if (record.key() == null || !new String(record.key(), UTF_8).equals(orderId.toString())) {
      return;
    }
    try {
      SignedEvent event = codec.decode(record);
      EventAttributes attributes = event.attributes();
      EventType<?> type = InventoryMessages.TYPES.find(attributes.type()).orElseThrow();
      Record message = payloads.read(type, attributes.version(), event.payload());
      answers.add(new Answer(message, attributes.causationId()));
    } catch (UndecodableEventException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
