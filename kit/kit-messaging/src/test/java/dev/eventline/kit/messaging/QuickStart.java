package dev.eventline.kit.messaging;

import dev.eventline.kit.messaging.consumer.EventConsumer;
import dev.eventline.kit.messaging.consumer.EventHandlers;
import dev.eventline.kit.messaging.consumer.RetryPolicy;
import dev.eventline.kit.messaging.deadletter.DeadLetters;
import dev.eventline.kit.messaging.outbox.OutboxRelay;
import dev.eventline.kit.messaging.outbox.RelaySettings;
import dev.eventline.kit.messaging.sample.SampleEvents.PaymentTaken;
import java.net.URI;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/** The module README's quick start, compiled and run by {@link QuickStartIntegrationTest}. */
final class QuickStart {
  private QuickStart() {}

  static List<PaymentTaken> run(
      DataSource dataSource,
      EventSigner signer,
      SignatureVerifier verifier,
      Producer<String, byte[]> producer,
      Consumer<byte[], byte[]> kafkaConsumer,
      Producer<byte[], byte[]> deadLetterProducer)
      throws Exception {
    // quick-start:begin
    // An event: a record, its CloudEvents type and its topic. Its JSON Schema is on the classpath
    // at eventline/schemas/dev.eventline.test.PaymentTaken/v1.schema.json.
    EventType<PaymentTaken> paymentTaken =
        EventType.of(PaymentTaken.class, "dev.eventline.test.PaymentTaken", "quickstart.payments");
    EventTypes types = EventTypes.of(paymentTaken);

    // Publish in the transaction that changes the state; the relay sends it after the commit.
    EventPublisher events = EventPublisher.forService(URI.create("/services/shop"), types, signer);
    try (Connection transaction = dataSource.getConnection()) {
      transaction.setAutoCommit(false);
      PaymentTaken taken = new PaymentTaken("order-1", 2599);
      events.publish(transaction, "order-1", taken, EventOrigin.request("request-1"));
      transaction.commit();
    }
    new OutboxRelay(dataSource, producer, RelaySettings.DEFAULT).relayOnce();

    // Consume: signature verified, schema checked, old versions upcast, each type to its handler.
    List<PaymentTaken> received = new ArrayList<>();
    EventHandlers handlers =
        EventHandlers.reading(EventPayloads.forTypes(types))
            .on(paymentTaken, (event, attributes) -> received.add(event))
            .build();
    // quick-start:end
    EventConsumer consumer =
        new EventConsumer(
            kafkaConsumer,
            deadLetterProducer,
            new KafkaEventCodec(),
            verifier,
            new DeadLetters("shop", Clock.systemUTC()),
            RetryPolicy.DEFAULT,
            handlers);
    kafkaConsumer.subscribe(handlers.topics());
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (received.isEmpty() && System.nanoTime() < deadline) {
      consumer.pollOnce(Duration.ofMillis(500));
    }
    return received;
  }
}
