package dev.eventline.kit.messaging.outbox;

import static dev.eventline.kit.messaging.outbox.OutboxFixture.event;
import static dev.eventline.kit.messaging.outbox.OutboxFixture.ids;
import static dev.eventline.kit.messaging.outbox.OutboxFixture.readUntil;
import static dev.eventline.kit.messaging.outbox.OutboxFixture.rowsLeft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.kit.messaging.EventId;
import dev.eventline.kit.messaging.SignedEvent;
import dev.eventline.kit.test.infrastructure.RealInfrastructure;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every way of writing the outbox must guarantee, whatever runs the transaction: an event is
 * published exactly when the transaction that appended it commits, each key's events in order, and
 * a relay's crash loses nothing. Each way gets a short subclass that says how it appends events in
 * one transaction ({@link #inOneTransaction}); the suite relays them with {@link OutboxRelay} to a
 * real Kafka broker and reads them back.
 *
 * <pre>{@code
 * class JdbcOutboxContractTest extends OutboxContract {
 *   JdbcOutboxContractTest(TestDatabase database, TestKafka kafka) {
 *     super(database, kafka);
 *   }
 *
 *   protected void inOneTransaction(String topic, List<SignedEvent> events, Outcome outcome) {...}
 * }
 * }</pre>
 *
 * <p>The suite is {@link RealInfrastructure @RealInfrastructure}, which subclasses inherit: they
 * take the database and the broker as constructor parameters and hand them to {@link
 * #OutboxContract(TestDatabase, TestKafka)}. Before each test it installs the kit's tables in that
 * database and empties the outbox.
 */
@RealInfrastructure
public abstract class OutboxContract {
  /**
   * How the subclass's writer must split the outbox, since the suite's relays read it so. It is the
   * kit's default.
   */
  protected static final OutboxPartitions PARTITIONS = OutboxPartitions.DEFAULT;

  private static final RelaySettings SETTINGS =
      new RelaySettings(PARTITIONS, 500, Duration.ofMillis(50), Duration.ofSeconds(120));

  private final TestDatabase database;
  private final TestKafka kafka;
  private final KafkaProducer<String, byte[]> producer;
  private String topic;

  /** How the transaction that appended the events ends. */
  public enum Outcome {
    COMMIT,
    ROLL_BACK
  }

  protected OutboxContract(TestDatabase database, TestKafka kafka) {
    this.database = Objects.requireNonNull(database, "database");
    this.kafka = Objects.requireNonNull(kafka, "kafka");
    this.producer = OutboxFixture.producer(kafka);
  }

  /**
   * Appends {@code events}, in this order, for {@code topic} in one transaction of the outbox under
   * test, then commits it, or rolls it back when {@code outcome} is {@link Outcome#ROLL_BACK}.
   * Returns once the transaction has ended. The suite calls it from several threads at once.
   */
  protected abstract void inOneTransaction(String topic, List<SignedEvent> events, Outcome outcome)
      throws Exception;

  /** The database of the test class, where the outbox under test must write. */
  protected final TestDatabase database() {
    return database;
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
    inOneTransaction(topic, List.of(event), Outcome.COMMIT);

    try (OutboxRelay relay = relay()) {
      assertThat(relay.relayOnce()).isEqualTo(1);
    }

    assertThat(readUntil(kafka, topic, events -> !events.isEmpty())).containsExactly(event);
    assertThat(rowsLeft(database)).isZero();
  }

  @Test
  void aRolledBackTransactionPublishesNothing() throws Exception {
    List<SignedEvent> rolledBack = List.of(event("order-1", 1), event("order-1", 2));
    inOneTransaction(topic, rolledBack, Outcome.ROLL_BACK);
    assertThat(rowsLeft(database)).as("rows a rolled-back transaction left").isZero();
    // Same key, written later: had the rolled-back events been kept, they would arrive first.
    SignedEvent marker = event("order-1", 3);
    inOneTransaction(topic, List.of(marker), Outcome.COMMIT);

    try (OutboxRelay relay = relay()) {
      assertThat(relay.relayOnce()).isEqualTo(1);
    }

    assertThat(readUntil(kafka, topic, events -> events.contains(marker))).containsExactly(marker);
  }

  @Test
  void keepsEachKeysOrderWhileWritersCommitConcurrently() throws Exception {
    int writers = 4;
    int keysPerWriter = 3;
    int eventsPerKey = 60;
    try (OutboxRelay relay = relay();
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
                    inOneTransaction(topic, batch, Outcome.COMMIT);
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
      Map<String, List<Integer>> sequencesByKey = sequencesByKey(published);
      assertThat(sequencesByKey).hasSize(writers * keysPerWriter);
      for (List<Integer> sequences : sequencesByKey.values()) {
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
    inOneTransaction(topic, events, Outcome.COMMIT);
    List<Long> killedBatch = new ArrayList<>();

    try (OutboxRelay dying =
        OutboxFixture.relayKilledAfterSend(
            database.dataSource(), producer, SETTINGS, killedBatch)) {
      assertThatThrownBy(dying::relayOnce).hasMessageContaining("relay killed");
    }
    assertThat(killedBatch).isNotEmpty();
    assertThat(rowsLeft(database)).isEqualTo(10);
    try (OutboxRelay next = relay()) {
      assertThat(next.relayOnce()).isEqualTo(10);
    }

    int expected = events.size() + killedBatch.size();
    List<SignedEvent> published = readUntil(kafka, topic, arrived -> arrived.size() >= expected);
    assertThat(published).hasSize(expected);
    assertThat(new HashSet<>(published)).containsExactlyInAnyOrderElementsOf(events);
    Map<EventId, Long> copies = new HashMap<>();
    ids(published).forEach(id -> copies.merge(id, 1L, Long::sum));
    assertThat(copies.values().stream().filter(count -> count == 2).count())
        .as("events published twice: the killed relay's batch, and only it")
        .isEqualTo(killedBatch.size());
    assertThat(rowsLeft(database)).isZero();
  }

  @Test
  void twoRelaysShareThePartitionsWithoutOverlapAndPublishEachEventOnce() throws Exception {
    try (OutboxRelay first = relay();
        OutboxRelay second = relay()) {
      List<SignedEvent> events = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        events.add(event("order-" + i, 1));
      }
      inOneTransaction(topic, events, Outcome.COMMIT);
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
      while (second.heldPartitions().size() < PARTITIONS.count() && System.nanoTime() < deadline) {
        second.relayOnce();
      }
      assertThat(second.heldPartitions())
          .as("the partitions of a closed relay pass to the other")
          .hasSize(PARTITIONS.count());
    }
  }

  private OutboxRelay relay() {
    return new OutboxRelay(database.dataSource(), producer, SETTINGS);
  }

  /** The sequence numbers of each key's events, in the order they arrived, each id once. */
  private static Map<String, List<Integer>> sequencesByKey(List<SignedEvent> published) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    Set<EventId> seen = new HashSet<>();
    for (SignedEvent event : published) {
      if (seen.add(event.attributes().id())) {
        byKey
            .computeIfAbsent(event.attributes().subject(), key -> new ArrayList<>())
            .add(OutboxFixture.sequence(event));
      }
    }
    return byKey;
  }
}
