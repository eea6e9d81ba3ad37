package dev.eventline.devstack;

import dev.eventline.devstack.internal.FileProblem;
import dev.eventline.devstack.internal.LoopbackPorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        BrokerProperties.write(broker, cluster);
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

  /**
   * Waits until every running broker serves clients and sees every running broker registered.
   *
   * <p>Each broker is asked directly rather than the cluster counting registrations: for a few
   * seconds after a SIGKILL (the broker session timeout) the cluster still lists the killed broker,
   * so a count says nothing about whether its new run serves.
   */
  public void awaitReady() {
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    List<KafkaBroker> running = brokers.stream().filter(KafkaBroker::isRunning).toList();
    Set<Integer> runningIds = running.stream().map(KafkaBroker::nodeId).collect(Collectors.toSet());
    try {
      // The admin client warns on every refused connection, so it waits for the listeners first.
      while (!running.stream().allMatch(KafkaCluster::listens)) {
        checkStarting(running, deadline);
        TimeUnit.MILLISECONDS.sleep(100);
      }
      for (KafkaBroker broker : running) {
        try (Admin admin = Admin.create(onlyTo(broker))) {
          while (!registered(admin).containsAll(runningIds)) {
            checkStarting(running, deadline);
            TimeUnit.MILLISECONDS.sleep(200);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevstackException("interrupted while waiting for Kafka", e);
    }
  }

  private static boolean listens(KafkaBroker broker) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), broker.port()), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Admin client properties that bootstrap from {@code broker} alone, so it must answer. */
  private static Map<String, Object> onlyTo(KafkaBroker broker) {
    return Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        broker.address(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
        2_000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
        4_000);
  }

  /** The ids of the brokers registered and unfenced, or none while the broker does not answer. */
  private static Set<Integer> registered(Admin admin) throws InterruptedException {
    try {
      return admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).stream()
          .map(Node::id)
          .collect(Collectors.toSet());
    } catch (ExecutionException | TimeoutException e) {
      return Set.of();
    }
  }

  /** Fails when a starting broker died or time is up. */
  private static void checkStarting(List<KafkaBroker> starting, long deadline) {
    for (KafkaBroker broker : starting) {
      if (!broker.isRunning()) {
        throw new DevstackException(
            "Kafka broker "
                + broker.nodeId()
                + " exited with status "
                + broker.exitStatus()
                + " while starting: "
                + firstError(broker.logFile(), broker.logLinesBeforeStart())
                + " (log: "
                + broker.logFile()
                + ")");
      }
    }
    if (System.nanoTime() > deadline) {
      throw new DevstackException(
          "Kafka did not become ready within "
              + STARTUP_LIMIT.toSeconds()
              + " s; see "
              + starting.getFirst().logFile());
    }
  }

  /**
   * Stops every broker at once and returns when all have exited. Stopped one by one, the last ones
   * would wait for a controller quorum that is already gone.
   */
  @Override
  public void close() {
    try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
      brokers.forEach(broker -> stopping.execute(() -> broker.stop(STOP_GRACE)));
    }
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
          "cannot use Kafka directory " + directory + ": " + FileProblem.describe(e), e);
    }
  }

  /** The first error the broker logged in this run, or its last line when it logged none. */
  private static String firstError(Path log, long startedAtLine) {
    try {
      List<String> lines = Files.readAllLines(log).stream().skip(startedAtLine).toList();
      return lines.stream()
          .filter(line -> line.contains("ERROR") || line.contains("FATAL"))
          .findFirst()
          .or(
              () ->
                  lines.isEmpty()
                      ? java.util.Optional.empty()
                      : java.util.Optional.of(lines.getLast()))
          .map(String::strip)
          .orElse("no output");
    } catch (IOException e) {
      return "no output";
    }
  }
}
