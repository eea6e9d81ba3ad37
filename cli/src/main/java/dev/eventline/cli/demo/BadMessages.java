package dev.eventline.cli.demo;

import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventSignature;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.payments.api.PaymentMessages;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Three forged {@code PaymentSucceeded} events for an order that does not exist, sent on {@code
 * payments.completed} as well-formed CloudEvents: one unsigned, one signed with a key nobody knows,
 * one with the payment service's key id but a signature that does not match. The order service must
 * reject each to {@code payments.completed.dlq} without any effect.
 */
final class BadMessages {
  private static final URI PAYMENTS = URI.create("/services/payments");
  private static final int ED25519_SIGNATURE_BYTES = 64;

  /** CloudEvents' id in Kafka binary mode. */
  private static final String EVENT_ID_HEADER = "ce_id";

  private BadMessages() {}

  /**
   * Sends the three and waits for the broker's acknowledgements.
   *
   * @param paymentsKeyId the payment service's signing key id, for the altered one
   * @return the CloudEvents ids sent
   */
  static List<String> inject(Map<String, Object> kafkaClient, String paymentsKeyId, String tag) {
    List<ProducerRecord<String, byte[]>> records = records(paymentsKeyId, tag);
    List<String> sent = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer = producer(kafkaClient)) {
      for (ProducerRecord<String, byte[]> record : records) {
        producer.send(record).get(30, TimeUnit.SECONDS);
        sent.add(eventId(record));
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot send the bad messages: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending the bad messages", e);
    }
    return sent;
  }

  /** The three records: unsigned, signed with an unknown key, signed wrongly with a known one. */
  static List<ProducerRecord<String, byte[]>> records(String paymentsKeyId, String tag) {
    SecureRandom random = new SecureRandom();
    List<Optional<EventSignature>> signatures =
        List.of(
            Optional.empty(),
            Optional.of(new EventSignature(tag + "-forged-key", bytes(random))),
            Optional.of(new EventSignature(paymentsKeyId, bytes(random))));
    KafkaEventCodec codec = new KafkaEventCodec();
    EventIdGenerator ids = EventIdGenerator.systemDefault();
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    for (Optional<EventSignature> signature : signatures) {
      String orderId = UUID.randomUUID().toString();
      byte[] payload =
          "{\"orderId\":\"%s\",\"userId\":\"%s-nobody\",\"amountCents\":1000}"
              .formatted(orderId, tag)
              .getBytes(StandardCharsets.UTF_8);
      EventAttributes attributes =
          new EventAttributes(
              ids.next(),
              PAYMENTS,
              PaymentMessages.PAYMENT_SUCCEEDED.name(),
              PaymentMessages.PAYMENT_SUCCEEDED.version(),
              Instant.now(),
              orderId,
              tag + "-bad-message-" + (records.size() + 1),
              Optional.empty(),
              Optional.empty());
      records.add(
          codec.encode(
              PaymentMessages.PAYMENT_SUCCEEDED.topic(),
              new SignedEvent(attributes, payload, signature)));
    }
    return records;
  }

  private static String eventId(ProducerRecord<String, byte[]> record) {
    return new String(record.headers().lastHeader(EVENT_ID_HEADER).value(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(SecureRandom random) {
    byte[] signature = new byte[ED25519_SIGNATURE_BYTES];
    random.nextBytes(signature);
    return signature;
  }

  /**
   * On a secure stack the forger logs in as the devstack's admin: no service may write another's
   * topic, so only a super user (or a stolen login) can put a forged event there at all.
   */
  private static KafkaProducer<String, byte[]> producer(Map<String, Object> kafkaClient) {
    Map<String, Object> settings = new HashMap<>(kafkaClient);
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    settings.put(ProducerConfig.CLIENT_ID_CONFIG, "eventline-demo-bad-messages");
    return new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
  }
}
