package dev.eventline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.cli.client.CustomerClient;
import dev.eventline.cli.client.DeadLetterEntry;
import dev.eventline.cli.client.OrderStatus;
import dev.eventline.cli.client.OrderView;
import dev.eventline.devstack.Service;
import dev.eventline.devstack.SigningKey;
import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.messaging.EventAttributes;
import dev.eventline.kit.messaging.EventIdGenerator;
import dev.eventline.kit.messaging.EventPayloads;
import dev.eventline.kit.messaging.EventSigner;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.payments.api.PaymentMessages;
import dev.eventline.payments.api.RefundPayment;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6, item 4, through the running system: commands forged to make the payment service refund
 * an order that was paid are dead-lettered with the reason, leave an audit record each, and refund
 * nothing, whereas the same command signed by the order service, sent after them on the same
 * partition, is applied.
 */
@ExtendWith(RunningSystem.Extension.class)
class ForgedEventsEndToEndTest {
  private static final URI ORDERS = URI.create("/services/orders");
  private static final String COMMANDS = PaymentMessages.REFUND_PAYMENT.topic();

  @Test
  void refundsForgedWithAnotherServicesKeyAlteredOrUnsignedAreRefusedAndAuditedAndRefundNothing(
      RunningSystem system) throws Exception {
    Shop shop = new Shop(system);
    String book = shop.product(1_200, 5);
    CustomerClient erin = shop.customer(5_000);
    OrderView paid = Shop.finished(erin, shop.place(erin, book, 1).orderId());
    assertThat(paid.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(erin.balanceCents()).isEqualTo(3_800);
    RefundPayment refund = new RefundPayment(paid.orderId(), erin.userId(), 1_200);
    Instant sent = Instant.now();

    List<SignedEvent> forged =
        List.of(
            signedBy(system, Service.PAYMENTS, refund, "forged with the payment service's key"),
            altered(signedBy(system, Service.ORDERS, refund, "altered in flight")),
            unsigned(refund));
    SignedEvent genuine = signedBy(system, Service.ORDERS, refund, "signed by the order service");
    send(system, forged, genuine);

    await()
        .atMost(RunningSystem.SETTLE)
        .untilAsserted(() -> assertThat(erin.balanceCents()).isEqualTo(5_000));
    List<String> forgedIds = forged.stream().map(e -> e.attributes().id().toString()).toList();
    List<DeadLetterEntry> letters =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> shop.admin().deadLetters(Optional.of(COMMANDS + ".dlq"), 1_000),
                found ->
                    found.stream().map(DeadLetterEntry::eventId).toList().containsAll(forgedIds));
    assertThat(letters)
        .filteredOn(letter -> forgedIds.contains(letter.eventId()))
        .hasSize(3)
        .allSatisfy(letter -> assertThat(letter.reason()).isEqualTo("BAD_SIGNATURE"));
    assertThat(shop.admin().deadLetters(Optional.of(COMMANDS + ".dlq"), 1_000))
        .extracting(DeadLetterEntry::eventId)
        .doesNotContain(genuine.attributes().id().toString());

    List<String> audited = auditedSignatureRefusals(system, sent);
    for (String id : forgedIds) {
      assertThat(audited).as("audit records of refused signatures").anyMatch(t -> t.contains(id));
    }
    assertThat(audited).noneMatch(t -> t.contains(genuine.attributes().id().toString()));
  }

  private static SignedEvent signedBy(
      RunningSystem system, Service signer, RefundPayment refund, String correlationId) {
    SigningKey key = system.stack().signingKeys().of(signer);
    EventSigner signing = new EventSigner(key.keyId(), Ed25519Keys.privateKey(key.privateKey()));
    return signing.sign(attributes(refund, correlationId), payload(refund));
  }

  /** The order service's signed refund, with a larger amount put in after it was signed. */
  private static SignedEvent altered(SignedEvent signed) {
    String payload = new String(signed.payload(), StandardCharsets.UTF_8);
    byte[] changed =
        payload
            .replace("\"amountCents\":1200", "\"amountCents\":99999")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(changed).isNotEqualTo(signed.payload());
    return new SignedEvent(signed.attributes(), changed, signed.signature());
  }

  private static SignedEvent unsigned(RefundPayment refund) {
    return new SignedEvent(attributes(refund, "unsigned"), payload(refund), Optional.empty());
  }

  private static EventAttributes attributes(RefundPayment refund, String correlationId) {
    return new EventAttributes(
        EventIdGenerator.systemDefault().next(),
        ORDERS,
        PaymentMessages.REFUND_PAYMENT.name(),
        PaymentMessages.REFUND_PAYMENT.version(),
        Instant.now(),
        refund.orderId().toString(),
        "forged-events-" + correlationId.replace(' ', '-').replace("'", ""),
        Optional.empty(),
        Optional.empty());
  }

  private static byte[] payload(RefundPayment refund) {
    return EventPayloads.forTypes(PaymentMessages.TYPES)
        .write(PaymentMessages.REFUND_PAYMENT, refund);
  }

  /** In this order, on the partition of the order: the genuine one is handled after the others. */
  private static void send(RunningSystem system, List<SignedEvent> forged, SignedEvent genuine)
      throws Exception {
    Map<String, Object> settings = new HashMap<>(system.stack().kafka().clientProperties());
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    KafkaEventCodec codec = new KafkaEventCodec();
    List<SignedEvent> all = new ArrayList<>(forged);
    all.add(genuine);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
      for (SignedEvent event : all) {
        ProducerRecord<String, byte[]> record = codec.encode(COMMANDS, event);
        producer.send(record).get(30, TimeUnit.SECONDS);
      }
    }
  }

  /** The targets of the payment service's audit records of refused signatures since then. */
  private static List<String> auditedSignatureRefusals(RunningSystem system, Instant since)
      throws Exception {
    List<AuditTable.Entry> refusals =
        AuditTable.of(system, Service.PAYMENTS, since).stream()
            .filter(entry -> entry.action().equals("EVENT_SIGNATURE"))
            .toList();
    assertThat(refusals).allMatch(entry -> entry.outcome().equals("DENIED"));
    return refusals.stream().map(AuditTable.Entry::target).toList();
  }
}
