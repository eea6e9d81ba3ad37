package dev.eventline.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.Verification.Reason;
import dev.eventline.kit.messaging.Verification.Rejected;
import dev.eventline.kit.messaging.Verification.Verified;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class SignedEventsOverKafkaIntegrationTest {
  private final KeyPair orders = Ed25519Keys.generate();
  private final EventSigner signer = new EventSigner("orders-1", orders.getPrivate());
  private final SignatureVerifier verifier =
      new SignatureVerifier(Map.of(Events.ORDERS, Map.of("orders-1", orders.getPublic())));
  private final KafkaEventCodec codec = new KafkaEventCodec();

  @Test
  void aSignedEventCrossesTheBrokerAndVerifies(TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("orders.created", 3);
    SignedEvent sent = signer.sign(Events.orderCreated("o-1"), Events.payload("o-1"));

    send(kafka, codec.encode(topic, sent));
    SignedEvent received = codec.decode(onlyRecord(kafka, topic));

    assertThat(received).isEqualTo(sent);
    assertThat(verifier.verify(received)).isEqualTo(new Verified("orders-1"));
  }

  @Test
  void anEventAlteredInFlightIsRejected(TestKafka kafka) throws Exception {
    String topic = kafka.createTopic("orders.created", 1);
    ProducerRecord<String, byte[]> genuine =
        codec.encode(topic, signer.sign(Events.orderCreated("o-1"), Events.payload("o-1")));
    ProducerRecord<String, byte[]> altered =
        new ProducerRecord<>(
            topic, null, genuine.key(), Events.payload("o-1-but-cheaper"), genuine.headers());

    send(kafka, altered);
    SignedEvent received = codec.decode(onlyRecord(kafka, topic));

    assertThat(verifier.verify(received))
        .isInstanceOfSatisfying(
            Rejected.class,
            rejected -> assertThat(rejected.reason()).isEqualTo(Reason.BAD_SIGNATURE));
  }

  private static void send(TestKafka kafka, ProducerRecord<String, byte[]> record)
      throws Exception {
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties)) {
      producer.send(record).get(30, TimeUnit.SECONDS);
    }
  }

  /** The one record of {@code topic}; fails if there is none or more than one. */
  private static ConsumerRecord<byte[], byte[]> onlyRecord(TestKafka kafka, String topic) {
    List<ConsumerRecord<byte[], byte[]>> received = kafka.read(topic, 1);
    assertThat(received).as("records received from " + topic).hasSize(1);
    return received.getFirst();
  }
}
