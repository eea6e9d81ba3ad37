package dev.eventline.devstack;

import dev.eventline.devstack.internal.LoopbackPorts;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;

/**
 * A real KRaft Kafka cluster of one or three nodes, each a broker and a controller in its own JVM.
 *
 * <p>With three nodes, topics default to replication factor 3 and {@code min.insync.replicas=2}, so
 * a record acknowledged with {@code acks=all} survives the loss of any one broker.
 */
public final class KafkaCluster implements AutoCloseable {
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final List<KafkaBroker> brokers;

  private KafkaCluster(List<KafkaBroker> brokers) {
    this.brokers = List.copyOf(brokers);
  }

  /**
   * Starts {@code size} nodes (1 or 3) with their data under {@code directory}, kept between runs.
   *
   * @param firstPort the client port of node 1, or 0 to pick free ports
   */
  public static KafkaCluster start(Path directory, int size, int firstPort) {
    if (size != 1 && size != 3) {
      throw new DevstackException("Kafka runs with 1 or 3 brokers, not " + size);
    }
    String clusterId = clusterId(directory);
    List<KafkaBroker> brokers = new ArrayList<>();
    for (int nodeId = 1; nodeId <= size; nodeId++) {
      int port =
          nodeId == 1 ? LoopbackPorts.freeOrChosen(firstPort, "Kafka") : LoopbackPorts.free();
      brokers.add(
          new KafkaBroker(
              nodeId, port, LoopbackPorts.free(), directory.resolve("node-" + nodeId), clusterId));
    }
    KafkaCluster cluster = new KafkaCluster(brokers);
    try {
      for (KafkaBroker broker : brokers) {
        writeServerProperties(broker, cluster);
      }
      brokers.forEach(KafkaBroker::start);
      cluster.awaitReady();
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  public List<KafkaBroker> brokers() {
    return brokers;
  }

  public KafkaBroker broker(int nodeId) {
    return brokers.stream()
        .filter(broker -> broker.nodeId() == nodeId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no broker " + nodeId));
  }

  public int size() {
    return brokers.size();
  }

  /** The default replication factor of new topics: the number of brokers. */
  public int replicationFactor() {
    return brokers.size();
  }

  /** The default {@code min.insync.replicas}: 2 with three brokers, 1 with one. */
  public int minInsyncReplicas() {
    return brokers.size() == 1 ? 1 : 2;
  }

  /** The {@code bootstrap.servers} value: every broker's address. */
  public String bootstrapServers() {
    return brokers.stream().map(KafkaBroker::address).collect(Collectors.joining(","));
  }

  /** Client properties that reach this cluster; add serializers and the rest. */
  public Map<String, Object> clientProperties() {
    return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
  }

  /** The broker that currently leads {@code partition}. */
  public KafkaBroker leaderOf(TopicPartition partition) {
    try (Admin admin = Admin.create(clientProperties())) {
      Node leader =
          admin
              .describeTopics(List.of(partition.topic()))
              .allTopicNames()
              .get(30, TimeUnit.SECONDS)
              .get(partition.topic())
              .partitions()
              .get(partition.partition())
              .leader();
      if (leader == null) {
        throw new IllegalStateException(partition + " has no leader");
      }
      return broker(leader.id());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot describe " + partition, e);
    }
  }

  /** Waits until every running broker has registered with the cluster. */
  public void awaitReady() {
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    Map<String, Object> properties =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            2_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            4_000);
    long expected = brokers.stream().filter(KafkaBroker::isRunning).count();
    try (Admin admin = Admin.create(properties)) {
      while (true) {
        for (KafkaBroker broker : brokers) {
          if (!broker.isRunning() && expected == brokers.size()) {
            throw new DevstackException(
                "Kafka broker "
                    + broker.nodeId()
                    + " exited while starting: "
                    + lastLines(broker.logFile())
                    + " (log: "
                    + broker.logFile()
                    + ")");
          }
        }
        try {
          int registered = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
          if (registered >= expected) {
            return;
          }
        } catch (ExecutionException | TimeoutException e) {
          // Not serving yet.
        }
        if (System.nanoTime() > deadline) {
          throw new DevstackException(
              "Kafka did not become ready within "
                  + STARTUP_LIMIT.toSeconds()
                  + " s; see "
                  + brokers.getFirst().logFile());
        }
        TimeUnit.MILLISECONDS.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevstackException("interrupted while waiting for Kafka", e);
    }
  }

  /** Stops every broker at once (they shut down together, so the quorum does not stall them). */
  @Override
  public void close() {
    brokers.parallelStream().forEach(broker -> broker.stop(STOP_GRACE));
  }

  private static String clusterId(Path directory) {
    Path file = directory.resolve("cluster.id");
    try {
      Files.createDirectories(directory);
      if (!Files.exists(file)) {
        Files.writeString(file, Uuid.randomUuid().toString());
      }
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new DevstackException(
          "cannot use Kafka directory " + directory + ": " + e.getMessage(), e);
    }
  }

  private static void writeServerProperties(KafkaBroker broker, KafkaCluster cluster) {
    int size = cluster.size();
    String voters =
        cluster.brokers.stream()
            .map(b -> b.nodeId() + "@127.0.0.1:" + b.controllerPort())
            .collect(Collectors.joining(","));
    Properties properties = new Properties();
    properties.setProperty("node.id", Integer.toString(broker.nodeId()));
    properties.setProperty("process.roles", "broker,controller");
    properties.setProperty("controller.quorum.voters", voters);
    properties.setProperty(
        "listeners",
        "PLAINTEXT://" + broker.address() + ",CONTROLLER://127.0.0.1:" + broker.controllerPort());
    properties.setProperty("advertised.listeners", "PLAINTEXT://" + broker.address());
    properties.setProperty("controller.listener.names", "CONTROLLER");
    properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
    properties.setProperty(
        "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    properties.setProperty("log.dirs", broker.directory().resolve("data").toString());
    properties.setProperty("num.partitions", "6");
    properties.setProperty("default.replication.factor", Integer.toString(size));
    properties.setProperty("min.insync.replicas", Integer.toString(cluster.minInsyncReplicas()));
    properties.setProperty("unclean.leader.election.enable", "false");
    // Topics are created on purpose: a misspelt topic name fails instead of appearing.
    properties.setProperty("auto.create.topics.enable", "false");
    properties.setProperty("offsets.topic.replication.factor", Integer.toString(size));
    properties.setProperty("offsets.topic.num.partitions", "12");
    properties.setProperty("transaction.state.log.replication.factor", Integer.toString(size));
    properties.setProperty(
        "transaction.state.log.min.isr", Integer.toString(cluster.minInsyncReplicas()));
    properties.setProperty("transaction.state.log.num.partitions", "12");
    properties.setProperty(
        "share.coordinator.state.topic.replication.factor", Integer.toString(size));
    properties.setProperty(
        "share.coordinator.state.topic.min.isr", Integer.toString(cluster.minInsyncReplicas()));
    properties.setProperty("group.initial.rebalance.delay.ms", "0");
    try {
      Files.createDirectories(broker.directory());
      try (Writer writer =
          Files.newBufferedWriter(broker.directory().resolve("server.properties"))) {
        properties.store(writer, "Written by the Eventline devstack at every start");
      }
    } catch (IOException e) {
      throw new DevstackException(
          "cannot write Kafka configuration under " + broker.directory() + ": " + e.getMessage(),
          e);
    }
  }

  private static String lastLines(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return lines.stream()
          .skip(Math.max(0, lines.size() - 3))
          .map(String::strip)
          .collect(Collectors.joining(" | "));
    } catch (IOException e) {
      return "no output";
    }
  }
}
