package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DevstackIntegrationTest {
  @TempDir static Path directory;
  static Devstack stack;

  @BeforeAll
  static void startStack() {
    stack = Devstack.start(DevstackOptions.in(directory));
  }

  @AfterAll
  static void stopStack() {
    stack.close();
  }

  @Test
  void aRecordRoundTripsThroughTheBrokerWithAcksAll() throws Exception {
    String topic = "round-trip-" + UUID.randomUUID();
    try (Admin admin = Admin.create(stack.kafka().clientProperties())) {
      admin
          .createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    RecordMetadata sent;
    try (KafkaProducer<String, String> producer = producer(stack.kafka())) {
      sent =
          producer.send(new ProducerRecord<>(topic, "order-1", "hello")).get(30, TimeUnit.SECONDS);
    }
    assertThat(sent.hasOffset()).isTrue();

    List<ConsumerRecord<String, String>> received = consumeAll(stack.kafka(), topic, 1);
    assertThat(received)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.key()).isEqualTo("order-1");
              assertThat(record.value()).isEqualTo("hello");
              assertThat(record.offset()).isEqualTo(sent.offset());
            });
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void eachServiceRoundTripsSqlOnItsOwnDatabase(Service service) throws SQLException {
    try (Connection connection = stack.postgres().login(service).connect();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS greeting (id int PRIMARY KEY, text text)");
      statement.execute("DELETE FROM greeting");
      statement.execute("INSERT INTO greeting VALUES (1, '" + service.databaseName() + "')");
      try (ResultSet rows = statement.executeQuery("SELECT text, current_user FROM greeting")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo(service.databaseName());
        assertThat(rows.getString(2)).isEqualTo(service.databaseName());
      }
    }
  }

  @Test
  void aServiceRoleCannotConnectToAnotherServicesDatabase() {
    DatabaseLogin payments = stack.postgres().login(Service.PAYMENTS);
    DatabaseLogin orders = stack.postgres().login(Service.ORDERS);
    DatabaseLogin paymentsIntoOrders =
        new DatabaseLogin(
            orders.jdbcUrl(), orders.database(), payments.user(), payments.password());

    assertThatThrownBy(paymentsIntoOrders::connect)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("permission denied for database \"orders\"");
  }

  @Test
  void aRoleCannotLogInWithoutItsPassword() {
    DatabaseLogin orders = stack.postgres().login(Service.ORDERS);
    DatabaseLogin guessed =
        new DatabaseLogin(orders.jdbcUrl(), orders.database(), orders.user(), "orders");

    assertThatThrownBy(guessed::connect)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
  }

  @Test
  void postgresRunsWithDurableSettings() throws SQLException {
    try (Connection connection = stack.postgres().login(Service.ORDERS).connect();
        Statement statement = connection.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (ResultSet rows = statement.executeQuery("SHOW " + setting)) {
          rows.next();
          assertThat(rows.getString(1)).as(setting).isEqualTo("on");
        }
      }
    }
  }

  @Test
  void aSecondDevstackOnTheSameDirectoryIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> Devstack.start(DevstackOptions.in(directory)))
        .isInstanceOf(DevstackException.class)
        .hasMessageContaining("already running from " + directory)
        .hasMessageContaining("pid " + ProcessHandle.current().pid());
  }

  @Test
  void describesItselfForOtherCommands() {
    RunningStack running = RunningStack.read(directory).orElseThrow();

    assertThat(running.ownerPid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(running.bootstrapServers()).isEqualTo(stack.kafka().bootstrapServers());
    assertThat(running.jdbcUrls().get(Service.INVENTORY))
        .isEqualTo(stack.postgres().login(Service.INVENTORY).jdbcUrl());
    assertThat(running.processPids())
        .contains(
            stack.kafka().broker(1).process().orElseThrow().pid(),
            stack.postgres().process().orElseThrow().pid());
    assertThat(RunningStack.live(directory)).contains(running);
  }

  @Test
  void passwordsAreKeptInAFileOnlyTheOwnerCanRead() throws Exception {
    assertThat(java.nio.file.Files.getPosixFilePermissions(stack.postgres().credentialsFile()))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void itsDescriptionGivesAWorkingLoginForEachService() throws SQLException {
    RunningStack running = RunningStack.live(directory).orElseThrow();

    for (Service service : Service.values()) {
      assertThat(running.login(service)).isEqualTo(stack.postgres().login(service));
      try (Connection connection = running.login(service).connect()) {
        assertThat(connection.isValid(5)).isTrue();
      }
    }
  }

  static KafkaProducer<String, String> producer(KafkaCluster kafka) {
    Map<String, Object> properties = new java.util.HashMap<>(kafka.clientProperties());
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
    properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    return new KafkaProducer<>(properties);
  }

  static List<ConsumerRecord<String, String>> consumeAll(
      KafkaCluster kafka, String topic, int expected) {
    Map<String, Object> properties = new java.util.HashMap<>(kafka.clientProperties());
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
      consumer.subscribe(List.of(topic));
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
      }
      // One more poll shows that nothing beyond the expected records arrives.
      consumer.poll(Duration.ofMillis(500)).forEach(records::add);
    }
    return records;
  }

  @Test
  void offersATokenIssuerWhoseKeyIsKeptWithTheSigningKeys() throws Exception {
    TokenIssuer issuer = stack.tokenIssuer();

    assertThat(issuer.jwksFile()).isEqualTo(directory.resolve("keys/issuer-jwks.json"));
    assertThat(issuer.publicKeyFile()).isEqualTo(directory.resolve("keys/issuer-public.pem"));
    assertThat(
            JwksVerifier.of(issuer.jwksFile())
                .verify(issuer.mint("alice", TokenIssuer.Role.USER))
                .getSubject())
        .isEqualTo("alice");
  }

  @Test
  void anotherProcessMintsTokensThroughTheRunningStacksDescription() throws Exception {
    RunningStack running = RunningStack.live(directory).orElseThrow();

    assertThat(running.keysDirectory()).isEqualTo(directory.resolve("keys"));
    String token = running.tokenIssuer().mint("bob", TokenIssuer.Role.ADMIN);
    assertThat(
            JwksVerifier.of(stack.tokenIssuer().jwksFile())
                .verify(token)
                .getStringListClaim("roles"))
        .containsExactly("user", "admin");
  }

  @Test
  void offersEachServicesSigningKeyFromItsDirectory() {
    assertThat(stack.signingKeys().directory()).isEqualTo(directory.resolve("keys"));
    assertThat(stack.signingKeys().of(Service.ORDERS).keyId()).isEqualTo("orders-dev-1");
  }
}
