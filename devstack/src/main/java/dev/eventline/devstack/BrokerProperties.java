package dev.eventline.devstack;

import dev.eventline.devstack.internal.FileProblem;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The {@code server.properties} of one KRaft node, written at every start because ports change. The
 * settings follow PLATFORM-NOTES' single-node recipe, scaled to the cluster's size.
 */
final class BrokerProperties {
  private BrokerProperties() {}

  /** Writes {@code node-N/server.properties} for {@code broker} as a member of {@code cluster}. */
  static void write(KafkaBroker broker, KafkaCluster cluster) {
    int size = cluster.size();
    String voters =
        cluster.brokers().stream()
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
          "cannot write Kafka configuration under "
              + broker.directory()
              + ": "
              + FileProblem.describe(e),
          e);
    }
  }
}
