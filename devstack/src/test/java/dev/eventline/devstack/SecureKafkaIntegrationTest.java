package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secure devstack (GitHub issue 6, item 3): SASL/SCRAM logins, ACLs denying by default, one
 * principal per service allowed only its own topics.
 */
class SecureKafkaIntegrationTest {
  @TempDir static Path directory;
  static Devstack stack;

  @BeforeAll
  static void startSecureStack() {
    stack = Devstack.start(DevstackOptions.in(directory).withSecure(true));
  }

  @AfterAll
  static void stopStack() {
    stack.close();
  }

  @Test
  void everyTopicOfTheOrderSystemExistsOnceTheStackHasStarted() throws Exception {
    try (Admin admin = Admin.create(stack.kafka().clientProperties())) {
      assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
          .containsAll(KafkaAcls.topics())
          .contains("orders.created", "payments.commands", "payments.completed.dlq");
    }
  }

  @Test
  void paymentsCannotWriteToAnOrdersTopic() {
    try (KafkaProducer<String, String> payments = producer(Service.PAYMENTS)) {
      assertThat(sendFailure(payments, "orders.created"))
          .isInstanceOf(TopicAuthorizationException.class)
          .hasMessageContaining("orders.created");
    }
  }

  @Test
  void paymentsWritesItsOwnEventsWithAnIdempotentProducer() {
    try (KafkaProducer<String, String> payments = producer(Service.PAYMENTS)) {
      assertThat(sendFailure(payments, "payments.completed")).isNull();
    }
  }

  @Test
  void paymentsCannotForgeTheCommandsItCarriesOut() {
    try (KafkaProducer<String, String> payments = producer(Service.PAYMENTS)) {
      assertThat(sendFailure(payments, "payments.commands"))
          .isInstanceOf(TopicAuthorizationException.class);
    }
  }

  @Test
  void paymentsConsumesTheCommandsOrdersSendsInItsOwnGroup() throws Exception {
    String orderId = "order-" + UUID.randomUUID();
    try (KafkaProducer<String, String> orders = producer(Service.ORDERS)) {
      orders
          .send(new ProducerRecord<>("payments.commands", orderId, "ChargePayment"))
          .get(30, TimeUnit.SECONDS);
    }

    try (KafkaConsumer<String, String> payments = consumer(Service.PAYMENTS, "payments")) {
      payments.subscribe(List.of("payments.commands"));
      List<ConsumerRecord<String, String>> read = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (read.stream().noneMatch(record -> record.key().equals(orderId))
          && System.nanoTime() < deadline) {
        payments.poll(Duration.ofMillis(200)).forEach(read::add);
      }
      payments.commitSync(Duration.ofSeconds(10));

      assertThat(read).anyMatch(record -> record.key().equals(orderId));
    }
  }

  @Test
  void aServiceCannotConsumeInAnotherServicesGroup() {
    try (KafkaConsumer<String, String> payments = consumer(Service.PAYMENTS, "orders")) {
      payments.subscribe(List.of("payments.commands"));

      assertThat(pollFailure(payments)).isInstanceOf(GroupAuthorizationException.class);
    }
  }

  @Test
  void aServiceCannotReadAnotherServicesCommands() {
    try (KafkaConsumer<String, String> inventory = consumer(Service.INVENTORY, "inventory")) {
      inventory.subscribe(List.of("payments.commands"));

      assertThat(pollFailure(inventory)).isInstanceOf(TopicAuthorizationException.class);
    }
  }

  @Test
  void anUnknownUserIsRefusedAtLogin() {
    KafkaCredentials mallory = new KafkaCredentials("mallory", "guessed");

    assertThat(adminFailure(withLogin(mallory))).isInstanceOf(SaslAuthenticationException.class);
  }

  @Test
  void aServiceUserWithAWrongPasswordIsRefusedAtLogin() {
    KafkaCredentials payments = stack.kafka().credentials(Service.PAYMENTS);
    KafkaCredentials wrong = new KafkaCredentials(payments.username(), payments.password() + "x");

    assertThat(adminFailure(withLogin(wrong))).isInstanceOf(SaslAuthenticationException.class);
  }

  @Test
  void aClientWithoutALoginCannotReachTheListener() {
    Map<String, Object> plaintext =
        Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());

    // The SASL listener closes the connection of a client that does not log in first.
    assertThat(adminFailure(plaintext))
        .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
  }

  @Test
  void theControllerListenerTakesNoServiceLogin() {
    Map<String, Object> properties =
        new HashMap<>(stack.kafka().credentials(Service.PAYMENTS).clientProperties());
    properties.put(
        AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG,
        "127.0.0.1:" + stack.kafka().broker(1).controllerPort());

    assertThat(adminFailure(properties)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void eachServiceIsToldItsOwnKafkaLoginAndItWorks() {
    Map<String, String> settings =
        ServiceSettings.of(stack, ServiceModule.PAYMENTS, 0, Telemetry.DEFAULT);

    assertThat(settings)
        .containsEntry("spring.kafka.security.protocol", "SASL_PLAINTEXT")
        .containsEntry("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry(
            "spring.kafka.properties.sasl.jaas.config",
            stack.kafka().credentials(Service.PAYMENTS).jaasConfig());
    assertThat(settings.get("spring.kafka.properties.sasl.jaas.config"))
        .startsWith("org.apache.kafka.common.security.scram.ScramLoginModule required")
        .contains("username=\"payments\"");

    // What Spring's KafkaProperties makes of them.
    Map<String, Object> client = new HashMap<>();
    client.put(
        CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
        settings.get("spring.kafka.bootstrap-servers"));
    client.put(
        CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
        settings.get("spring.kafka.security.protocol"));
    settings.forEach(
        (key, value) -> {
          if (key.startsWith("spring.kafka.properties.")) {
            client.put(key.substring("spring.kafka.properties.".length()), value);
          }
        });
    try (KafkaProducer<String, String> payments = producer(client)) {
      assertThat(sendFailure(payments, "payments.failed")).isNull();
    }
  }

  @Test
  void anotherProcessLogsInAsAdminThroughTheRunningStacksDescription() throws Exception {
    RunningStack running = RunningStack.live(directory).orElseThrow();

    assertThat(running.kafkaSecure()).isTrue();
    try (Admin admin = Admin.create(running.kafkaClientProperties())) {
      assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("orders.created");
    }
  }

  @Test
  void theKafkaPasswordsAreReadableByTheOwnerOnlyAndNeverLogged() throws Exception {
    Path credentials = stack.kafka().credentialsFile().orElseThrow();
    Path serverProperties = stack.kafka().broker(1).logFile().resolveSibling("server.properties");

    assertThat(credentials).isEqualTo(directory.resolve("kafka-secure/credentials.properties"));
    for (Path secret : List.of(credentials, serverProperties)) {
      assertThat(Files.getPosixFilePermissions(secret))
          .as(secret.toString())
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
    String log = Files.readString(stack.kafka().broker(1).logFile());
    assertThat(log).doesNotContain(stack.kafka().adminCredentials().password());
    for (Service service : Service.values()) {
      assertThat(log).doesNotContain(stack.kafka().credentials(service).password());
    }
  }

  private static KafkaProducer<String, String> producer(Service service) {
    return producer(stack.kafka().clientProperties(service));
  }

  private static KafkaProducer<String, String> producer(Map<String, Object> client) {
    Map<String, Object> properties = new HashMap<>(client);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
  }

  private static KafkaConsumer<String, String> consumer(Service service, String group) {
    Map<String, Object> properties = new HashMap<>(stack.kafka().clientProperties(service));
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
  }

  private static Map<String, Object> withLogin(KafkaCredentials login) {
    Map<String, Object> properties = new HashMap<>(login.clientProperties());
    properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
    return properties;
  }

  /** Why sending one record to {@code topic} failed, or null when the broker acknowledged it. */
  private static Throwable sendFailure(KafkaProducer<String, String> producer, String topic) {
    try {
      producer.send(new ProducerRecord<>(topic, "order-1", "event")).get(30, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (KafkaException e) {
      return e;
    } catch (Exception e) {
      throw new AssertionError("sending to " + topic + " neither succeeded nor failed", e);
    }
  }

  /** Why polling failed; fails the test when it reads for 20 s without failing. */
  private static Throwable pollFailure(KafkaConsumer<String, String> consumer) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        consumer.poll(Duration.ofMillis(200));
      } catch (KafkaException e) {
        return e;
      }
    }
    throw new AssertionError("the consumer was allowed to read");
  }

  /** Why an admin client with {@code client} properties could not describe the cluster. */
  private static Throwable adminFailure(Map<String, Object> client) {
    Map<String, Object> properties = new HashMap<>(client);
    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
    try (Admin admin = Admin.create(properties)) {
      admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
      throw new AssertionError("the cluster answered " + properties.keySet());
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError("describing the cluster neither succeeded nor failed", e);
    }
  }
}
