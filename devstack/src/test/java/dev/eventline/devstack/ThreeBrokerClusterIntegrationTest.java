package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreeBrokerClusterIntegrationTest {
  private static final int RECORDS = 10_000;
  private static final int KILL_AFTER_ACKS = 2_000;

  @TempDir static Path directory;
  static KafkaCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = KafkaCluster.start(directory, 3, 0);
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Test
  void newTopicsAreReplicatedThreeTimesAndNeedTwoInSyncReplicas() throws Exception {
    String topic = "defaults-" + UUID.randomUUID();
    try (Admin admin = Admin.create(cluster.clientProperties())) {
      admin
          .createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty())))
          .all()
          .get(30, TimeUnit.SECONDS);
      TopicDescription description =
          admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
      Config config =
          admin
              .describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
              .all()
              .get(30, TimeUnit.SECONDS)
              .values()
              .iterator()
              .next();

      assertThat(description.partitions().getFirst().replicas()).hasSize(3);
      assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
    }
  }

  @Test
  void killingThePartitionLeaderLosesNoAcknowledgedRecord() throws Exception {
    String topic = "leader-kill-" + UUID.randomUUID();
    TopicPartition partition = new TopicPartition(topic, 0);
    try (Admin admin = Admin.create(cluster.clientProperties())) {
      admin
          .createTopics(List.of(new NewTopic(topic, 1, (short) 3)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger acknowledgedAfterKill = new AtomicInteger();
    KafkaBroker leader;

    try (KafkaProducer<String, String> producer = DevstackIntegrationTest.producer(cluster)) {
      Thread load = Thread.ofPlatform().start(() -> produce(producer, topic, acknowledged));
      awaitAcknowledged(acknowledged, KILL_AFTER_ACKS);
      leader = cluster.leaderOf(partition);
      leader.kill();
      Set<String> beforeKill = Set.copyOf(acknowledged);
      load.join(Duration.ofMinutes(3));
      producer.flush();
      acknowledgedAfterKill.set(
          (int) acknowledged.stream().filter(value -> !beforeKill.contains(value)).count());
    }

    assertThat(leader.isRunning()).isFalse();
    assertThat(acknowledgedAfterKill.get()).as("records acknowledged after the kill").isPositive();
    assertThat(cluster.leaderOf(partition).nodeId()).isNotEqualTo(leader.nodeId());
    assertThat(readAll(topic, acknowledged)).containsAll(acknowledged);

    leader.start();
    cluster.awaitReady();
    assertThat(leader.isRunning()).isTrue();
  }

  /** Sends keyed records at a bounded pace so that the kill lands mid-stream. */
  private static void produce(
      KafkaProducer<String, String> producer, String topic, Set<String> acknowledged) {
    for (int i = 0; i < RECORDS; i++) {
      String value = "record-" + i;
      producer.send(
          new ProducerRecord<>(topic, "key-" + i % 16, value),
          (metadata, error) -> {
            if (error == null) {
              acknowledged.add(value);
            }
          });
      if (i % 100 == 99) {
        pause();
      }
    }
  }

  private static void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(40);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void awaitAcknowledged(Set<String> acknowledged, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (acknowledged.size() < count) {
      assertThat(System.nanoTime()).as("acks before the kill").isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  /** Reads the topic from the start until every acknowledged value is seen, or a minute passes. */
  private static Set<String> readAll(String topic, Set<String> acknowledged) {
    Map<String, Object> properties = new HashMap<>(cluster.clientProperties());
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    Set<String> seen = new HashSet<>();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
      consumer.subscribe(List.of(topic));
      while (!seen.containsAll(acknowledged) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(record -> seen.add(record.value()));
      }
    }
    return seen;
  }
}
