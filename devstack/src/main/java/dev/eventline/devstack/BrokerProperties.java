package dev.eventline.devstack;

import dev.eventline.devstack.internal.BrokerMain;
import dev.eventline.devstack.internal.FileProblem;
import dev.eventline.devstack.internal.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The {@code server.properties} of one KRaft node, written at every start because ports change. The
 * settings follow PLATFORM-NOTES' single-node recipe, scaled to the cluster's size; a secure
 * cluster's also require logins and authorize every request (see {@link #secure}). The file is
 * readable by this user only, as it holds the admin's password when the cluster is secure.
 */
final class BrokerProperties {
  private static final String PLAIN_LOGIN =
      "org.apache.kafka.common.security.plain.PlainLoginModule";

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
    cluster.users().ifPresent(users -> secure(properties, broker, users.admin()));
    try {
      Files.createDirectories(broker.directory());
      PrivateFiles.write(
          broker.directory().resolve("server.properties"),
          properties,
          "Written by the Eventline devstack at every start");
    } catch (IOException e) {
      throw new DevstackException(
          "cannot write Kafka configuration under "
              + broker.directory()
              + ": "
              + FileProblem.describe(e),
          e);
    }
  }

  /**
   * Clients log in with SCRAM-SHA-512 on the client listener, where the brokers also talk to each
   * other as {@code admin}. SCRAM logins live in the cluster's metadata, which the controllers
   * serve, so the controller listener cannot use SCRAM itself: brokers and controllers log in there
   * with PLAIN, whose only user, {@code admin}, is written here (KAFKA-15513). The admin's SCRAM
   * login is written into the metadata when the storage is formatted ({@link
   * BrokerMain#FORMAT_SCRAM}), so the brokers can log in to each other on their first start. Both
   * listeners stay on loopback.
   */
  private static void secure(Properties properties, KafkaBroker broker, KafkaCredentials admin) {
    String mechanism = KafkaCredentials.MECHANISM;
    properties.setProperty(
        "listeners",
        "SASL_PLAINTEXT://"
            + broker.address()
            + ",CONTROLLER://127.0.0.1:"
            + broker.controllerPort());
    properties.setProperty("advertised.listeners", "SASL_PLAINTEXT://" + broker.address());
    properties.setProperty("inter.broker.listener.name", "SASL_PLAINTEXT");
    properties.setProperty(
        "listener.security.protocol.map",
        "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");

    properties.setProperty("listener.name.sasl_plaintext.sasl.enabled.mechanisms", mechanism);
    properties.setProperty("sasl.mechanism.inter.broker.protocol", mechanism);
    properties.setProperty(
        "listener.name.sasl_plaintext." + mechanism.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
        admin.jaasConfig());

    properties.setProperty("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
    properties.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
    properties.setProperty(
        "listener.name.controller.plain.sasl.jaas.config",
        PLAIN_LOGIN
            + " required username=\""
            + admin.username()
            + "\" password=\""
            + admin.password()
            + "\" user_"
            + admin.username()
            + "=\""
            + admin.password()
            + "\";");

    properties.setProperty(
        "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    properties.setProperty("allow.everyone.if.no.acl.found", "false");
    properties.setProperty("super.users", admin.principal());
    properties.setProperty(
        BrokerMain.FORMAT_SCRAM,
        mechanism + "=[name=" + admin.username() + ",password=" + admin.password() + "]");
  }
}
