package dev.eventline.kit.messaging.outbox;

import static dev.eventline.kit.messaging.outbox.OutboxFixture.event;
import static dev.eventline.kit.messaging.outbox.OutboxFixture.ids;
import static dev.eventline.kit.messaging.outbox.OutboxFixture.readUntil;
import static dev.eventline.kit.messaging.outbox.OutboxFixture.rowsLeft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.messaging.KafkaEventCodec;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@RealInfrastructure
class OutboxRelayIntegrationTest {
  private static final RelaySettings SETTINGS =
      RelaySettings.DEFAULT.withPollInterval(Duration.ofMillis(50));

  private final OutboxWriter writer =
      new OutboxWriter(new KafkaEventCodec(), SETTINGS.partitions());
  private final TestDatabase database;
  private final TestKafka kafka;
  private final KafkaProducer<String, byte[]> producer;
  private String topic;

  OutboxRelayIntegrationTest(TestDatabase database, TestKafka kafka) {
    this.database = database;
    this.kafka = kafka;
    this.producer = OutboxFixture.producer(kafka);
  }

  @BeforeEach
  void emptyOutboxAndNewTopic() throws Exception {
    OutboxFixture.install(database);
    topic = kafka.createTopic("orders.updated", 3);
  }

  @AfterEach
  void closeProducer() {
    producer.close();
  }

  @Test
  void publishesACommittedEventAndThenDeletesItsRow() throws Exception {
    SignedEvent event = event("order-1", 1);
    commit(List.of(event));

    try (OutboxRelay relay = new OutboxRelay(database.dataSource(), producer, SETTINGS)) {
      assertThat(relay.relayOnce()).isEqualTo(1);
    }

    assertThat(readUntil(kafka, topic, events -> !events.isEmpty())).containsExactly(event);
    assertThat(rowsLeft(database)).isZero();
  }

  @Test
  void aRolledBackTransactionPublishesNothing() throws Exception {
    SignedEvent rolledBack = event("order-1", 1);
    try (Connection transaction = database.connect()) {
      transaction.setAutoCommit(false);
      writer.append(transaction, topic, rolledBack);
      transaction.rollback();
    }
    SignedEvent committed = event("order-2", 1);
    commit(List.of(committed));

    try (OutboxRelay relay = new OutboxRelay(database.dataSource(), producer, SETTINGS)) {
      relay.relayOnce();
    }

    assertThat(readUntil(kafka, topic, events -> !events.isEmpty())).containsExactly(committed);
  }

  @Test
  void keepsEachKeysOrderWhileWritersCommitConcurrently() throws Exception {
    int writers = 4;
    int keysPerWriter = 3;
    int eventsPerKey = 60;
    try (OutboxRelay relay = new OutboxRelay(database.dataSource(), producer, SETTINGS);
        ExecutorService threads = Executors.newFixedThreadPool(writers)) {
      relay.start();
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(
            threads.submit(
                () -> {
                  for (int sequence = 1; sequence <= eventsPerKey; sequence++) {
                    List<SignedEvent> batch = new ArrayList<>();
                    for (int k = 0; k < keysPerWriter; k++) {
                      batch.add(event("order-" + writer + "-" + k, sequence));
                    }
                    commit(batch);
                    relay.wakeUp();
                  }
                  return null;
                }));
      }
      for (Future<?> writing : done) {
        writing.get();
      }
      int total = writers * keysPerWriter * eventsPerKey;
      List<SignedEvent> published =
          readUntil(kafka, topic, events -> new HashSet<>(ids(events)).size() == total);

      assertThat(new HashSet<>(ids(published))).hasSize(total);
      for (List<Integer> sequences : sequencesByKey(published).values()) {
        assertThat(sequences).isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void aRelayThatDiesBetweenSendAndDeleteLosesNothingAndOnlyRepeatsThatBatch() throws Exception {
    List<SignedEvent> events = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      events.add(event("order-" + i, 1));
    }
    commit(events);
    List<Long> crashedBatch = new ArrayList<>();
    RelayProbe crash =
        ids -> {
          crashedBatch.addAll(ids);
          throw new IllegalStateException("relay killed after the broker acknowledged " + ids);
        };

    try (OutboxRelay dying = new OutboxRelay(database.dataSource(), producer, SETTINGS, crash)) {
      assertThatThrownBy(dying::relayOnce).hasMessageContaining("relay killed");
    }
    assertThat(crashedBatch).isNotEmpty();
    assertThat(rowsLeft(database)).isEqualTo(10);
    try (OutboxRelay next = new OutboxRelay(database.dataSource(), producer, SETTINGS)) {
      assertThat(next.relayOnce()).isEqualTo(10);
    }

    int expected = events.size() + crashedBatch.size();
    List<SignedEvent> published = readUntil(kafka, topic, arrived -> arrived.size() >= expected);
    assertThat(published).hasSize(expected);
    assertThat(new HashSet<>(published)).containsExactlyInAnyOrderElementsOf(events);
    Map<EventId, Long> copies = new HashMap<>();
    ids(published).forEach(id -> copies.merge(id, 1L, Long::sum));
    assertThat(copies.values().stream().filter(count -> count == 2).count())
        .as("events published twice: the crashed batch, and only it")
        .isEqualTo(crashedBatch.size());
    assertThat(rowsLeft(database)).isZero();
  }

  @Test
  void twoRelaysShareThePartitionsWithoutOverlapAndPublishEachEventOnce() throws Exception {
    try (OutboxRelay first = new OutboxRelay(database.dataSource(), producer, SETTINGS);
        OutboxRelay second = new OutboxRelay(database.dataSource(), producer, SETTINGS)) {
      List<SignedEvent> events = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        events.add(event("order-" + i, 1));
      }
      commit(events);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (rowsLeft(database) > 0 && System.nanoTime() < deadline) {
        second.relayOnce();
        first.relayOnce();
        assertThat(first.heldPartitions()).doesNotContainAnyElementsOf(second.heldPartitions());
      }

      assertThat(rowsLeft(database)).isZero();
      assertThat(readUntil(kafka, topic, arrived -> arrived.size() >= 50))
          .containsExactlyInAnyOrderElementsOf(events);

      first.close();
      while (second.heldPartitions().size() < SETTINGS.partitions().count()
          && System.nanoTime() < deadline) {
        second.relayOnce();
      }
      assertThat(second.heldPartitions())
          .as("the partitions of a closed relay pass to the other")
          .hasSize(SETTINGS.partitions().count());
    }
  }

  private void commit(List<SignedEvent> events) throws Exception {
    try (Connection transaction = database.connect()) {
      transaction.setAutoCommit(false);
      for (SignedEvent event : events) {
        writer.append(transaction, topic, event);
      }
      transaction.commit();
    }
  }

  private static Map<String, List<Integer>> sequencesByKey(List<SignedEvent> published) {
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    Set<EventId> seen = new HashSet<>();
    for (SignedEvent event : published) {
      if (seen.add(event.attributes().id())) {
        byKey
            .computeIfAbsent(event.attributes().subject(), key -> new ArrayList<>())
            .add(OutboxFixture.sequence(event));
      }
    }
    return new HashMap<>(byKey);
  }
}
