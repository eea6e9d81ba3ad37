package dev.eventline.orders.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.eventline.inventory.api.InventoryMessages;
import dev.eventline.inventory.api.InventoryReservationFailed;
import dev.eventline.inventory.api.InventoryReserved;
import dev.eventline.inventory.api.ReleaseStock;
import dev.eventline.inventory.api.ReserveStock;
import dev.eventline.inventory.api.StockLine;
import dev.eventline.inventory.api.StockReleased;
import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.EventType;
import dev.eventline.kit.messaging.EventTypes;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.orders.api.OrderMessages;
import dev.eventline.payments.api.ChargePayment;
import dev.eventline.payments.api.PaymentFailed;
import dev.eventline.payments.api.PaymentFailureReason;
import dev.eventline.payments.api.PaymentMessages;
import dev.eventline.payments.api.PaymentRefunded;
import dev.eventline.payments.api.PaymentSucceeded;
import dev.eventline.payments.api.RefundPayment;
import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The payment and inventory services, as the test plays them on the real broker: they read their
 * commands and answer with replies signed by keys of their own, as the contract says. A user whose
 * id starts with "broke" has no money; a sku that starts with "rare" is out of stock; a charge for
 * a user whose id starts with "silent" is never answered (the saga waits, then times out).
 */
final class PlayedParticipants implements AutoCloseable {
  static final EventTypes TYPES =
      OrderMessages.TYPES.and(PaymentMessages.TYPES).and(InventoryMessages.TYPES);

  final KeyPair paymentKeys = Ed25519Keys.generate();
  final KeyPair inventoryKeys = Ed25519Keys.generate();
  private final EventPayloads payloads = EventPayloads.forTypes(TYPES);
  private final KafkaEventCodec codec = new KafkaEventCodec();
  private final TestKafka kafka;
  private final KafkaProducer<byte[], byte[]> producer;
  private final List<Record> commands = new CopyOnWriteArrayList<>();
  private final Thread loop;
  private volatile boolean running = true;

  PlayedParticipants(TestKafka kafka) {
    this.kafka = kafka;
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.put("key.serializer", ByteArraySerializer.class);
    properties.put("value.serializer", ByteArraySerializer.class);
    this.producer = new KafkaProducer<>(properties);
    this.loop = Thread.ofVirtual().name("played-participants").start(this::answerCommands);
  }

  /** Every command the order service sent, in the order they arrived. */
  List<Record> commands() {
    return List.copyOf(commands);
  }

  List<Record> commandsFor(UUID orderId) {
    return commands.stream().filter(command -> orderOf(command).equals(orderId)).toList();
  }

  /** Announces a product as the inventory service does, at {@code time}. */
  <T extends Record> void publishAsInventory(
      EventType<T> type, String subject, T event, Instant t) {
    send(
        type,
        subject,
        event,
        "inventory",
        inventoryKeys,
        t,
        "catalogue-" + subject,
        Optional.empty());
  }

  private void answerCommands() {
    Map<String, Object> properties =
        new HashMap<>(kafka.consumerProperties("played-participants-" + UUID.randomUUID()));
    properties.put("key.deserializer", ByteArrayDeserializer.class);
    properties.put("value.deserializer", ByteArrayDeserializer.class);
    properties.put("auto.offset.reset", "earliest");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      consumer.subscribe(
          List.of(PaymentMessages.CHARGE_PAYMENT.topic(), InventoryMessages.RESERVE_STOCK.topic()));
      while (running) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          try {
            answer(codec.decode(record));
          } catch (Exception notOurs) {
            // A command left on the shared broker by an earlier run, in a shape of its own.
          }
        }
      }
    } catch (Exception e) {
      if (running) {
        throw new IllegalStateException("the played participants stopped", e);
      }
    }
  }

  private void answer(SignedEvent command) {
    EventAttributes about = command.attributes();
    EventType<?> type = TYPES.find(about.type()).orElseThrow();
    Record read = payloads.read(type, about.version(), command.payload());
    commands.add(read);
    switch (read) {
      case ChargePayment charge when charge.userId().startsWith("silent") -> {}
      case ChargePayment charge ->
          payments(
              about,
              charge.userId().startsWith("broke")
                  ? new PaymentFailed(
                      charge.orderId(), charge.userId(), PaymentFailureReason.INSUFFICIENT_FUNDS)
                  : new PaymentSucceeded(charge.orderId(), charge.userId(), charge.amountCents()));
      case RefundPayment refund ->
          payments(
              about, new PaymentRefunded(refund.orderId(), refund.userId(), refund.amountCents()));
      case ReserveStock reserve -> inventory(about, reserved(reserve));
      case ReleaseStock release -> inventory(about, new StockReleased(release.orderId()));
      default -> {}
    }
  }

  private static Record reserved(ReserveStock reserve) {
    for (StockLine line : reserve.lines()) {
      if (line.sku().startsWith("rare")) {
        return new InventoryReservationFailed(reserve.orderId(), line.sku(), line.quantity(), 0);
      }
    }
    return new InventoryReserved(reserve.orderId());
  }

  private void payments(EventAttributes command, Record reply) {
    reply(command, reply, "payments", paymentKeys);
  }

  private void inventory(EventAttributes command, Record reply) {
    reply(command, reply, "inventory", inventoryKeys);
  }

  @SuppressWarnings("unchecked")
  private <T extends Record> void reply(
      EventAttributes command, T reply, String service, KeyPair keys) {
    EventType<T> type = (EventType<T>) TYPES.of(reply.getClass());
    send(
        type,
        command.subject(),
        reply,
        service,
        keys,
        Instant.now(),
        command.correlationId(),
        Optional.of(command.id()));
  }

  /**
   * Publishes {@code event} as the payment or inventory service would, but without a signature: a
   * forgery that the order service must refuse (it ends in the topic's dead letters).
   *
   * @return the event's id
   */
  <T extends Record> EventId publishUnsigned(EventType<T> type, String subject, T event) {
    EventAttributes attributes =
        attributes(type, subject, "payments", Instant.now(), "forged-" + subject, Optional.empty());
    write(new SignedEvent(attributes, payloads.write(type, event), Optional.empty()), type);
    return attributes.id();
  }

  private <T extends Record> void send(
      EventType<T> type,
      String subject,
      T event,
      String service,
      KeyPair keys,
      Instant time,
      String correlationId,
      Optional<EventId> causation) {
    EventAttributes attributes = attributes(type, subject, service, time, correlationId, causation);
    SignedEvent signed =
        new EventSigner(keyId(service), keys.getPrivate())
            .sign(attributes, payloads.write(type, event));
    write(signed, type);
  }

  private static EventAttributes attributes(
      EventType<?> type,
      String subject,
      String service,
      Instant time,
      String correlationId,
      Optional<EventId> causation) {
    return new EventAttributes(
        EventIdGenerator.systemDefault().next(),
        URI.create("/services/" + service),
        type.name(),
        type.version(),
        time,
        subject,
        correlationId,
        causation,
        Optional.empty());
  }

  private void write(SignedEvent event, EventType<?> type) {
    ProducerRecord<String, byte[]> record = codec.encode(type.topic(), event);
    try {
      producer
          .send(
              new ProducerRecord<>(
                  record.topic(),
                  null,
                  record.key().getBytes(UTF_8),
                  record.value(),
                  record.headers()))
          .get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String keyId(String service) {
    return service + "-test-1";
  }

  private static UUID orderOf(Record command) {
    return switch (command) {
      case ChargePayment charge -> charge.orderId();
      case RefundPayment refund -> refund.orderId();
      case ReserveStock reserve -> reserve.orderId();
      case ReleaseStock release -> release.orderId();
      default -> throw new IllegalArgumentException("not a command: " + command);
    };
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    loop.join(Duration.ofSeconds(5));
    producer.close();
  }
}
