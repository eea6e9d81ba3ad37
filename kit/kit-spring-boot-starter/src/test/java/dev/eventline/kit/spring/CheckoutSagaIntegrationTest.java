package dev.eventline.kit.spring;

import static dev.eventline.kit.spring.checkout.CheckoutMessages.CardCharged;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventline.kit.saga.SagaState;
import dev.eventline.kit.saga.SagaTransition;
import dev.eventline.kit.saga.operations.SagaOperations;
import dev.eventline.kit.saga.store.StoredSaga;
import dev.eventline.kit.spring.checkout.CheckoutApplication;
import dev.eventline.kit.spring.checkout.CheckoutApplication.Checkouts;
import dev.eventline.kit.spring.checkout.CheckoutMessages;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A three-step saga (charge, reserve, ship) run by the starter on the real Kafka and PostgreSQL:
 * commands and replies travel through the outbox, Kafka and the inbox.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutSagaIntegrationTest {
  private static final Duration TERMINAL_WITHIN = Duration.ofSeconds(60);

  /** Longer than any test waits: each hop must leave on the after-commit wake-up, not a poll. */
  private static final Duration RELAY_POLL = Duration.ofMinutes(5);

  private final TestKafka kafka;
  private final Map<String, Object> settings;
  private ConfigurableApplicationContext service;

  CheckoutSagaIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.kafka = kafka;
    Map<String, Object> properties =
        new HashMap<>(ShopSettings.of(database, kafka, "checkout", RELAY_POLL).properties());
    properties.put("spring.flyway.locations", "classpath:db/checkout");
    properties.put("eventline.sagas.deadline-poll-interval", "200ms");
    this.settings = properties;
    this.service = start();
  }

  @AfterAll
  void stopTheService() {
    service.close();
  }

  @Test
  void aCheckoutThatEveryParticipantAcceptsCompletesAndAppliesEachStepOnce() {
    UUID id = checkouts().start(2_500, List.of("book"), "home");

    // Six hops through the outbox, each woken by its commit: the relay's poll never comes.
    assertThat(awaitTerminal(id).state()).isEqualTo(SagaState.COMPLETED);
    assertThat(effects(id)).containsExactlyInAnyOrder("charged", "reserved", "shipped");
  }

  @Test
  void unavailableItemsRefundTheChargeOnly() {
    UUID id = checkouts().start(2_500, List.of("sold-out"), "home");

    assertThat(awaitTerminal(id).state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(effects(id)).containsExactlyInAnyOrder("charged", "refunded");
  }

  @Test
  void aRefusedShipmentReleasesTheItemsThenRefundsTheCharge() {
    UUID id = checkouts().start(2_500, List.of("book"), "nowhere");

    assertThat(awaitTerminal(id).state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(effects(id)).containsExactly("charged", "reserved", "released", "refunded");
    assertThat(causes(id))
        .containsSubsequence(
            "reply ShipmentRefused failed step ship",
            "reply ItemsReleased confirmed the compensation of reserve",
            "reply CardRefunded confirmed the compensation of charge");
  }

  @Test
  void aShipmentUnansweredInTimeIsSentAgainAndThenCompletes() {
    UUID id = checkouts().start(2_500, List.of("book"), "slow");

    assertThat(awaitTerminal(id).state()).isEqualTo(SagaState.COMPLETED);
    assertThat(causes(id)).anyMatch(cause -> cause.startsWith("timeout: resent ship"));
    assertThat(effects(id)).containsExactlyInAnyOrder("charged", "reserved", "shipped");
  }

  @Test
  void aShipmentNeverAnsweredGivesUpAndUndoesEverything() {
    UUID id = checkouts().start(2_500, List.of("book"), "black-hole");

    assertThat(awaitTerminal(id).state()).isEqualTo(SagaState.COMPENSATED);
    assertThat(causes(id)).anyMatch(cause -> cause.startsWith("timeout: step ship gave up"));
    assertThat(effects(id)).containsExactly("charged", "reserved", "released", "refunded");
  }

  @Test
  void aDuplicatedReplyIsAppliedOnce() throws Exception {
    UUID id = checkouts().start(2_500, List.of("book"), "home");
    assertThat(awaitTerminal(id).state()).isEqualTo(SagaState.COMPLETED);
    int transitions = history(id).size();

    ConsumerRecord<byte[], byte[]> charged = replyRecord(id, CardCharged.class);
    new ShopTopics(kafka).resend(charged);
    new ShopTopics(kafka).resend(charged);
    UUID witness = checkouts().start(2_500, List.of("book"), "home");
    awaitTerminal(witness);

    assertThat(history(id)).hasSize(transitions);
    assertThat(stored(id).state()).isEqualTo(SagaState.COMPLETED);
    assertThat(effects(id)).containsExactlyInAnyOrder("charged", "reserved", "shipped");
  }

  @Test
  void aServiceRestartedInTheMiddleOfASagaFinishesIt() {
    UUID id = checkouts().start(2_500, List.of("book"), "slow");
    await().atMost(TERMINAL_WITHIN).until(() -> stored(id).step().equals("ship"));

    service.close();
    service = start();

    assertThat(awaitTerminal(id).state()).isEqualTo(SagaState.COMPLETED);
    assertThat(effects(id)).containsExactlyInAnyOrder("charged", "reserved", "shipped");
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(CheckoutApplication.class).properties(settings).run();
  }

  private Checkouts checkouts() {
    return service.getBean(Checkouts.class);
  }

  private SagaOperations operations() {
    return service.getBean(SagaOperations.class);
  }

  private StoredSaga awaitTerminal(UUID id) {
    await().atMost(TERMINAL_WITHIN).until(() -> stored(id).state().isTerminal());
    return stored(id);
  }

  private StoredSaga stored(UUID id) {
    try {
      return operations().find(id).orElseThrow();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private List<SagaTransition> history(UUID id) throws Exception {
    return operations().history(id);
  }

  private List<String> causes(UUID id) {
    try {
      return history(id).stream().map(SagaTransition::cause).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private List<String> effects(UUID id) {
    return service
        .getBean(JdbcClient.class)
        .sql("SELECT effect FROM checkout_effects WHERE order_id = ? ORDER BY applied_at")
        .param(id.toString())
        .query(String.class)
        .list();
  }

  private ConsumerRecord<byte[], byte[]> replyRecord(UUID id, Class<?> type) {
    String topic = CheckoutMessages.TYPES.of(CardCharged.class).topic();
    String ceType = "dev.eventline.test.checkout." + type.getSimpleName();
    return kafka
        .readUntil(topic, records -> records.stream().anyMatch(r -> is(r, id, ceType)))
        .stream()
        .filter(r -> is(r, id, ceType))
        .findFirst()
        .orElseThrow();
  }

  private static boolean is(ConsumerRecord<byte[], byte[]> record, UUID id, String ceType) {
    return record.key() != null
        && new String(record.key(), UTF_8).equals(id.toString())
        && ceType.equals(new String(record.headers().lastHeader("ce_type").value(), UTF_8));
  }
}
