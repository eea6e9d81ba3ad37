package dev.eventline.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.AuthenticationException;

/** How {@link KafkaCluster#awaitReady()} tells that the running brokers serve. */
final class BrokerReadiness {
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

  private BrokerReadiness() {}

  /**
   * Waits until every running broker serves clients and sees every running broker registered.
   *
   * <p>Each broker is asked directly rather than the cluster counting registrations: for a few
   * seconds after a SIGKILL (the broker session timeout) the cluster still lists the killed broker,
   * so a count says nothing about whether its new run serves.
   */
  static void await(KafkaCluster cluster) {
    long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
    List<KafkaBroker> running = cluster.brokers().stream().filter(KafkaBroker::isRunning).toList();
    Set<Integer> runningIds = running.stream().map(KafkaBroker::nodeId).collect(Collectors.toSet());
    try {
      // The admin client warns on every refused connection, so it waits for the listeners first.
      while (!running.stream().allMatch(BrokerReadiness::listens)) {
        checkStarting(running, deadline);
        TimeUnit.MILLISECONDS.sleep(100);
      }
      for (KafkaBroker broker : running) {
        try (Admin admin = Admin.create(onlyTo(cluster, broker))) {
          while (!registered(cluster, admin).containsAll(runningIds)) {
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
  private static Map<String, Object> onlyTo(KafkaCluster cluster, KafkaBroker broker) {
    Map<String, Object> properties = new HashMap<>(cluster.clientProperties());
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.address());
    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000);
    return properties;
  }

  /**
   * The ids of the brokers registered and unfenced, or none while the broker does not answer.
   *
   * @throws DevstackException when the broker refuses the admin's login: waiting would not help
   */
  private static Set<Integer> registered(KafkaCluster cluster, Admin admin)
      throws InterruptedException {
    try {
      return admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).stream()
          .map(Node::id)
          .collect(Collectors.toSet());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AuthenticationException refused) {
        throw new DevstackException(
            "Kafka refused the devstack's admin login ("
                + refused.getMessage()
                + "); its password is kept in "
                + cluster.credentialsFile().map(Path::toString).orElse("?"),
            refused);
      }
      return Set.of();
    } catch (TimeoutException e) {
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

  /** The first error the broker logged in this run, or its last line when it logged none. */
  private static String firstError(Path log, long startedAtLine) {
    try {
      List<String> lines = Files.readAllLines(log).stream().skip(startedAtLine).toList();
      return lines.stream()
          .filter(line -> line.contains("ERROR") || line.contains("FATAL"))
          .findFirst()
          .or(() -> lines.isEmpty() ? Optional.empty() : Optional.of(lines.getLast()))
          .map(String::strip)
          .orElse("no output");
    } catch (IOException e) {
      return "no output";
    }
  }
}
