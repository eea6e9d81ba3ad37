package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replication in {@code --brokers 3} mode, proved by killing brokers with SIGKILL. */
class ThreeBrokerClusterIntegrationTest {
  private static final int ACKS_BEFORE_KILL = 2_000;
  private static final int ACKS_AFTER_KILL = 2_000;
  private static final int MAX_RECORDS = 500_000;
  private static final Duration FAILOVER_LIMIT = Duration.ofMinutes(2);

  @TempDir static Path directory;
  static Devstack stack;
  static KafkaCluster cluster;

  @BeforeAll
  static void startThreeBrokers() {
    stack = Devstack.start(DevstackOptions.in(directory).withBrokers(3));
    cluster = stack.kafka();
  }

  @AfterAll
  static void stopThem() {
    stack.close();
  }

  @Test
  void newTopicsAreReplicatedThreeTimesAndNeedTwoInSyncReplicas() throws Exception {
    String topic = "defaults-" + UUID.randomUUID();
    try (Admin admin = Admin.create(cluster.clientProperties())) {
      admin
          .createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty())))
          .all()
          .get(1, TimeUnit.MINUTES);
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      // A new topic reaches each broker's metadata a moment after creation returns; until then the
      // broker that answers may not know it yet.
      await("the new topic described by the cluster")
          .atMost(Duration.ofMinutes(1))
          .ignoreExceptionsInstanceOf(ExecutionException.class)
          .untilAsserted(
              () -> {
                Config config =
                    admin
                        .describeConfigs(List.of(resource))
                        .all()
                        .get(1, TimeUnit.MINUTES)
                        .get(resource);
                assertThat(KafkaTopics.partition(admin, new TopicPartition(topic, 0)).replicas())
                    .hasSize(3);
                assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
              });
    }
  }

  @Test
  void killingThePartitionLeaderLosesNoAcknowledgedRecord() throws Exception {
    TopicPartition partition = new TopicPartition("leader-kill-" + UUID.randomUUID(), 0);
    KafkaTopics.create(cluster, partition.topic(), Map.of("min.insync.replicas", "2"));
    KafkaBroker leader;
    Set<String> acknowledged;

    try (KafkaProducer<String, String> producer = DevstackIntegrationTest.producer(cluster);
        KeyedLoad load = KeyedLoad.start(producer, partition.topic(), MAX_RECORDS)) {
      await("acks before the kill")
          .atMost(FAILOVER_LIMIT)
          .until(() -> load.acknowledged().size() >= ACKS_BEFORE_KILL);
      leader = cluster.leaderOf(partition);
      leader.kill();
      load.mark();
      await("acks after the kill, from a new leader")
          .atMost(FAILOVER_LIMIT)
          .until(() -> load.acknowledgedSinceMark() >= ACKS_AFTER_KILL);
      acknowledged = load.acknowledged();
    }

    assertThat(cluster.leaderOf(partition).nodeId()).isNotEqualTo(leader.nodeId());
    assertThat(readAll(partition, acknowledged)).containsAll(acknowledged);

    leader.start();
    cluster.awaitReady();
    await("the restarted broker back in sync")
        .atMost(FAILOVER_LIMIT)
        .until(() -> KafkaTopics.inSyncReplicas(cluster, partition).contains(leader.nodeId()));
  }

  /**
   * For about nine seconds after a SIGKILL (the broker session timeout) the cluster still lists the
   * killed broker, so a count of registered brokers cannot tell that its new run serves.
   */
  @Test
  void aBrokerStartedAgainRightAfterAKillServesOnceTheClusterIsReady() throws Exception {
    KafkaBroker broker = cluster.broker(3);
    broker.kill();
    broker.start();

    cluster.awaitReady();

    Set<Integer> everyBroker = Set.of(1, 2, 3);
    try (Admin onlyThisBroker =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.address()))) {
      assertThat(
              onlyThisBroker.describeCluster().nodes().get(10, TimeUnit.SECONDS).stream()
                  .map(Node::id)
                  .collect(Collectors.toSet()))
          .isEqualTo(everyBroker);
    }
  }

  /** Reads the partition from its start until every acknowledged value is seen, or time is up. */
  private static Set<String> readAll(TopicPartition partition, Set<String> acknowledged) {
    Map<String, Object> properties = new HashMap<>(cluster.clientProperties());
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    Set<String> seen = new HashSet<>();
    long deadline = System.nanoTime() + FAILOVER_LIMIT.toNanos();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      while (!seen.containsAll(acknowledged) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(record -> seen.add(record.value()));
      }
    }
    return seen;
  }
}
