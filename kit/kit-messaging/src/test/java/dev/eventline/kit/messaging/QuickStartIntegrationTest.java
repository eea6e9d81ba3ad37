package dev.eventline.kit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.kit.messaging.sample.SampleEvents.PaymentTaken;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import dev.eventline.kit.test.readme.ReadmeQuickStart;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class QuickStartIntegrationTest {
  @Test
  void theReadmeQuickStartIsTheCodeThatRunsHere() {
    String quickStart = ReadmeQuickStart.in(Path.of("README.md"));

    assertThat(quickStart)
        .isEqualTo(
            ReadmeQuickStart.sampledFrom(
                Path.of("src/test/java/dev/eventline/kit/messaging/QuickStart.java")));
    assertThat(quickStart.lines().count()).isLessThanOrEqualTo(30);
  }

  @Test
  void theQuickStartPublishesThroughTheOutboxAndHandlesTheTypedEvent(
      TestDatabase database, TestKafka kafka) throws Exception {
    try (Connection connection = database.connect()) {
      MessagingSchema.install(connection);
    }
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin.createTopics(List.of(new NewTopic("quickstart.payments", 1, (short) 1))).all().get();
    }
    KeyPair keys = Ed25519Keys.generate();
    SignatureVerifier verifier =
        new SignatureVerifier(
            Map.of(URI.create("/services/shop"), Map.of("shop-1", keys.getPublic())));

    try (KafkaProducer<String, byte[]> producer = producer(kafka, StringSerializer.class);
        KafkaProducer<byte[], byte[]> deadLetters = producer(kafka, ByteArraySerializer.class);
        KafkaConsumer<byte[], byte[]> consumer = consumer(kafka)) {
      List<PaymentTaken> received =
          QuickStart.run(
              database.dataSource(),
              new EventSigner("shop-1", keys.getPrivate()),
              verifier,
              producer,
              consumer,
              deadLetters);

      assertThat(received).containsExactly(new PaymentTaken("order-1", 2599));
    }
  }

  private static <K> KafkaProducer<K, byte[]> producer(TestKafka kafka, Class<?> keySerializer) {
    Map<String, Object> properties = new HashMap<>(kafka.producerProperties());
    properties.put("key.serializer", keySerializer);
    properties.put("value.serializer", ByteArraySerializer.class);
    return new KafkaProducer<>(properties);
  }

  private static KafkaConsumer<byte[], byte[]> consumer(TestKafka kafka) {
    Map<String, Object> properties = new HashMap<>(kafka.consumerProperties("quickstart"));
    properties.put("key.deserializer", ByteArrayDeserializer.class);
    properties.put("value.deserializer", ByteArrayDeserializer.class);
    return new KafkaConsumer<>(properties);
  }
}
