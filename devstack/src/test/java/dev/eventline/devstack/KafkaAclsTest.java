package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.security.auth.KafkaPrincipal;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.metadata.authorizer.StandardAcl;
import org.apache.kafka.metadata.authorizer.StandardAuthorizer;
import org.apache.kafka.server.authorizer.Action;
import org.apache.kafka.server.authorizer.AuthorizableRequestContext;
import org.apache.kafka.server.authorizer.AuthorizationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ACL table, judged by Kafka's own StandardAuthorizer configured as the secure brokers are
 * (deny when no ACL allows, {@code admin} the super user), without a broker.
 */
class KafkaAclsTest {
  private static final StandardAuthorizer authorizer = new StandardAuthorizer();

  @BeforeAll
  static void loadTheTable() {
    authorizer.configure(
        Map.of(
            "node.id", "1",
            "super.users", "User:admin",
            "allow.everyone.if.no.acl.found", "false"));
    authorizer.withPluginMetrics(new PluginMetricsImpl(new Metrics(), Map.of()));
    Map<Uuid, StandardAcl> acls = new HashMap<>();
    for (AclBinding binding : KafkaAcls.bindings()) {
      acls.put(Uuid.randomUuid(), StandardAcl.fromAclBinding(binding));
    }
    authorizer.loadSnapshot(acls);
    authorizer.completeInitialLoad();
  }

  @Test
  void paymentsWritesItsOwnEventsAndNoOtherTopic() {
    Set<String> writable = new TreeSet<>();
    for (String topic : KafkaAcls.topics()) {
      if (allowed("payments", AclOperation.WRITE, topic(topic))) {
        writable.add(topic);
      }
    }

    assertThat(writable)
        .containsExactlyInAnyOrder(
            "payments.completed", "payments.failed", "payments.refunded", "payments.commands.dlq");
  }

  @ParameterizedTest
  @EnumSource(
      value = Service.class,
      names = {"PAYMENTS", "INVENTORY", "NOTIFICATIONS"})
  void noServiceButOrdersWritesTheOrdersEvents(Service service) {
    for (String topic : List.of("orders.created", "orders.completed", "orders.cancelled")) {
      assertThat(allowed(service.databaseName(), AclOperation.WRITE, topic(topic)))
          .as(service + " writes " + topic)
          .isFalse();
      assertThat(allowed("orders", AclOperation.WRITE, topic(topic))).isTrue();
    }
  }

  @Test
  void ordersSendsTheSagasCommandsAndReadsTheRepliesInItsGroup() {
    assertThat(allowed("orders", AclOperation.WRITE, topic("payments.commands"))).isTrue();
    assertThat(allowed("orders", AclOperation.WRITE, topic("inventory.commands"))).isTrue();
    for (String reply :
        List.of(
            "payments.completed",
            "payments.failed",
            "payments.refunded",
            "inventory.reserved",
            "inventory.reservation-failed",
            "inventory.released",
            "inventory.product-updated")) {
      assertThat(allowed("orders", AclOperation.READ, topic(reply))).as(reply).isTrue();
    }
    assertThat(allowed("orders", AclOperation.READ, group("orders"))).isTrue();
    assertThat(allowed("orders", AclOperation.READ, topic("payments.commands"))).isFalse();
  }

  @Test
  void theParticipantsReadOnlyTheirOwnCommands() {
    assertThat(allowed("payments", AclOperation.READ, topic("payments.commands"))).isTrue();
    assertThat(allowed("payments", AclOperation.READ, topic("inventory.commands"))).isFalse();
    assertThat(allowed("inventory", AclOperation.READ, topic("inventory.commands"))).isTrue();
    assertThat(allowed("inventory", AclOperation.READ, topic("payments.commands"))).isFalse();
    assertThat(allowed("payments", AclOperation.READ, topic("orders.created"))).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void eachServiceConsumesInItsOwnGroupOnly(Service service) {
    for (Service other : Service.values()) {
      assertThat(allowed(service.databaseName(), AclOperation.READ, group(other.databaseName())))
          .as(service + " in the group of " + other)
          .isEqualTo(other == service);
    }
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void eachServiceDeadLettersWhatItReads(Service service) {
    KafkaAcls.Access access = KafkaAcls.of(service);
    for (String topic : access.reads()) {
      assertThat(
              allowed(access.service().databaseName(), AclOperation.WRITE, topic(topic + ".dlq")))
          .as(service + " dead-letters " + topic)
          .isTrue();
    }
  }

  @Test
  void onlyTheOrderServiceListsAndReplaysItsDeadLetters() {
    assertThat(allowed("orders", AclOperation.READ, topic("payments.completed.dlq"))).isTrue();
    assertThat(allowed("orders", AclOperation.WRITE, topic("payments.completed"))).isTrue();
    assertThat(allowed("payments", AclOperation.READ, topic("payments.commands.dlq"))).isFalse();
    assertThat(allowed("payments", AclOperation.WRITE, topic("payments.commands"))).isFalse();
  }

  @Test
  void readingOrWritingATopicLetsAServiceSeeItsMetadata() {
    assertThat(allowed("payments", AclOperation.DESCRIBE, topic("payments.commands"))).isTrue();
    assertThat(allowed("payments", AclOperation.DESCRIBE, topic("payments.completed"))).isTrue();
    assertThat(allowed("payments", AclOperation.DESCRIBE, topic("orders.created"))).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void onlyTheAdminCreatesTopics(Service service) {
    ResourcePattern cluster =
        new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL);
    for (ResourcePattern resource : List.of(cluster, topic("orders.created"), topic("new"))) {
      assertThat(allowed(service.databaseName(), AclOperation.CREATE, resource)).isFalse();
      assertThat(allowed("admin", AclOperation.CREATE, resource)).isTrue();
    }
  }

  @Test
  void aPrincipalOutsideTheTableMayDoNothing() {
    for (String topic : KafkaAcls.topics()) {
      for (AclOperation operation :
          List.of(AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE)) {
        assertThat(allowed("mallory", operation, topic(topic)))
            .as(operation + " " + topic)
            .isFalse();
      }
    }
    assertThat(allowed("mallory", AclOperation.READ, group("orders"))).isFalse();
  }

  @Test
  void theTableCoversEveryServiceAndEveryTopicHasOnePublisher() {
    assertThat(KafkaAcls.orderSystem())
        .extracting(KafkaAcls.Access::service)
        .containsExactly(Service.values());
    assertThat(KafkaAcls.bindings()).doesNotHaveDuplicates();
    Map<String, Long> writers = new HashMap<>();
    KafkaAcls.orderSystem()
        .forEach(access -> access.writes().forEach(topic -> writers.merge(topic, 1L, Long::sum)));
    assertThat(writers).allSatisfy((topic, count) -> assertThat(count).as(topic).isEqualTo(1));
  }

  /** A topic added to an {@code *-api} module needs its row here, or secure runs refuse it. */
  @Test
  void theTableNamesExactlyTheTopicsTheApiModulesDeclare() throws IOException {
    Set<String> declared = new TreeSet<>();
    Pattern eventType =
        Pattern.compile("EventType\\.of\\(\\s*\\w+\\.class,\\s*\"[^\"]+\",\\s*\"([^\"]+)\"\\)");
    for (Path file : apiMessageFiles()) {
      Matcher matcher = eventType.matcher(Files.readString(file));
      while (matcher.find()) {
        declared.add(matcher.group(1));
      }
    }
    Set<String> named = new TreeSet<>();
    KafkaAcls.orderSystem()
        .forEach(
            access -> {
              named.addAll(access.writes());
              named.addAll(access.reads());
            });

    assertThat(declared).isNotEmpty();
    assertThat(named).isEqualTo(declared);
  }

  private static List<Path> apiMessageFiles() throws IOException {
    Path services = Path.of("").toAbsolutePath().resolveSibling("services");
    assertThat(services).as("the repository's services directory").isDirectory();
    try (Stream<Path> files = Files.walk(services)) {
      return files
          .filter(file -> file.toString().contains("-api/src/main/java/"))
          .filter(file -> file.getFileName().toString().endsWith("Messages.java"))
          .toList();
    }
  }

  private static boolean allowed(String user, AclOperation operation, ResourcePattern resource) {
    Action action = new Action(operation, resource, 1, false, false);
    return authorizer.authorize(new Request(user), List.of(action)).getFirst()
        == AuthorizationResult.ALLOWED;
  }

  private static ResourcePattern topic(String name) {
    return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
  }

  private static ResourcePattern group(String name) {
    return new ResourcePattern(ResourceType.GROUP, name, PatternType.LITERAL);
  }

  /** A request on the client listener from {@code User:<user>}. */
  private record Request(String user) implements AuthorizableRequestContext {
    @Override
    public String listenerName() {
      return "SASL_PLAINTEXT";
    }

    @Override
    public SecurityProtocol securityProtocol() {
      return SecurityProtocol.SASL_PLAINTEXT;
    }

    @Override
    public KafkaPrincipal principal() {
      return new KafkaPrincipal(KafkaPrincipal.USER_TYPE, user);
    }

    @Override
    public InetAddress clientAddress() {
      return InetAddress.getLoopbackAddress();
    }

    @Override
    public int requestType() {
      return 0;
    }

    @Override
    public int requestVersion() {
      return 0;
    }

    @Override
    public String clientId() {
      return "test";
    }

    @Override
    public int correlationId() {
      return 0;
    }
  }
}
