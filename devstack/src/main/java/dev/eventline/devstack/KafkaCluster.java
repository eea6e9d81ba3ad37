package dev.eventline.devstack;

import dev.eventline.devstack.internal.FileProblem;
import dev.eventline.devstack.internal.LoopbackPorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>A secure cluster ({@link #start(Path, int, int, boolean)}) takes SASL/SCRAM logins only and
 * denies whatever its ACLs do not allow: each {@link Service} logs in as itself ({@link
 * #credentials(Service)}) and may use its own topics only, as {@link KafkaAcls} says; {@code admin}
 * ({@link #adminCredentials()}) may do anything. Every topic of {@link KafkaAcls#topics()} exists
 * once it has started.
 */
public final class KafkaCluster implements AutoCloseable {
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final List<KafkaBroker> brokers;
  private final Optional<KafkaUsers> users;

  private KafkaCluster(List<KafkaBroker> brokers, Optional<KafkaUsers> users) {
    this.brokers = List.copyOf(brokers);
    this.users = users;
  }

  /**
   * Starts {@code size} nodes (1 or 3) with their data under {@code directory}, kept between runs.
   *
   * @param firstPort the client port of node 1, or 0 to pick free ports
   */
  public static KafkaCluster start(Path directory, int size, int firstPort) {
    return start(directory, size, firstPort, false);
  }

  /**
   * As {@link #start(Path, int, int)}; when {@code secure}, with SASL/SCRAM logins, ACLs and the
   * order system's topics. Secure and open clusters cannot share a directory: a cluster's admin
   * login is written into its metadata when its storage is first formatted.
   */
  public static KafkaCluster start(Path directory, int size, int firstPort, boolean secure) {
    if (size != 1 && size != 3) {
      throw new DevstackException("Kafka runs with 1 or 3 brokers, not " + size);
    }
    Optional<KafkaUsers> users =
        secure ? Optional.of(KafkaUsers.forCluster(directory)) : Optional.empty();
    String clusterId = clusterId(directory);
    List<KafkaBroker> brokers = new ArrayList<>();
    for (int nodeId = 1; nodeId <= size; nodeId++) {
      int port =
          nodeId == 1 ? LoopbackPorts.freeOrChosen(firstPort, "Kafka") : LoopbackPorts.free();
      brokers.add(
          new KafkaBroker(
              nodeId, port, LoopbackPorts.free(), directory.resolve("node-" + nodeId), clusterId));
    }
    KafkaCluster cluster = new KafkaCluster(brokers, users);
    try {
      for (KafkaBroker broker : brokers) {
        BrokerProperties.write(broker, cluster);
      }
      brokers.forEach(KafkaBroker::start);
      cluster.awaitReady();
      users.ifPresent(logins -> KafkaAccess.apply(cluster, logins));
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

  /**
   * Client properties that reach this cluster; add serializers and the rest. On a secure cluster
   * they log in as {@code admin}, the super user: for tooling and tests, never for a service.
   */
  public Map<String, Object> clientProperties() {
    return users.map(KafkaUsers::admin).map(this::loggedIn).orElseGet(this::open);
  }

  /**
   * Client properties that reach this cluster as {@code service}: on a secure cluster they log in
   * as its user, with only what its ACLs allow; on an open one they are {@link
   * #clientProperties()}.
   */
  public Map<String, Object> clientProperties(Service service) {
    return users.map(logins -> logins.of(service)).map(this::loggedIn).orElseGet(this::open);
  }

  /** True when clients must log in (SASL/SCRAM) and ACLs decide what they may do. */
  public boolean isSecure() {
    return users.isPresent();
  }

  /**
   * The login of {@code service}'s Kafka user, {@code User:<service>}.
   *
   * @throws IllegalStateException when the cluster is not secure: then there are no logins
   */
  public KafkaCredentials credentials(Service service) {
    return requireUsers().of(service);
  }

  /**
   * The login of {@code admin}, the super user.
   *
   * @throws IllegalStateException when the cluster is not secure
   */
  public KafkaCredentials adminCredentials() {
    return requireUsers().admin();
  }

  /** Where the Kafka users' passwords are kept, readable by this user only, when secure. */
  public Optional<Path> credentialsFile() {
    return users.map(KafkaUsers::file);
  }

  Optional<KafkaUsers> users() {
    return users;
  }

  private KafkaUsers requireUsers() {
    return users.orElseThrow(
        () -> new IllegalStateException("Kafka runs without logins; start it secure"));
  }

  private Map<String, Object> open() {
    return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
  }

  private Map<String, Object> loggedIn(KafkaCredentials login) {
    Map<String, Object> properties = new HashMap<>(open());
    properties.putAll(login.clientProperties());
    return Map.copyOf(properties);
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
   * @throws DevstackException when a starting broker exits, or after two minutes
   */
  public void awaitReady() {
    BrokerReadiness.await(this);
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
}
