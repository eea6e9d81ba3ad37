package dev.eventline.devstack;

import static dev.eventline.devstack.Service.INVENTORY;
import static dev.eventline.devstack.Service.NOTIFICATIONS;
import static dev.eventline.devstack.Service.ORDERS;
import static dev.eventline.devstack.Service.PAYMENTS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the order system's topics when the devstack runs Kafka securely: each service
 * writes the topics it publishes to, reads the topics it consumes in its own consumer group, and
 * writes the dead-letter topics ({@code <topic>.dlq}) of what it consumes. Nothing else: the
 * brokers deny whatever no ACL allows, so a service cannot publish another's events, read another's
 * commands or join another's group. Only the super user {@code admin} creates topics.
 *
 * <p>Grants name whole topics, not prefixes: the saga's commands live in the participant's
 * namespace ({@code payments.commands} is written by orders), and a consumer's dead letters in the
 * producer's ({@code payments.completed.dlq} is written by orders), so a prefix would give each
 * service too much and still not what it needs. The topics are those of the {@code *-api} modules
 * (docs/architecture.md); {@code KafkaAclsTest} checks that they still match.
 *
 * <p>Kafka implies DESCRIBE (metadata) from READ and WRITE, and since KIP-679 an idempotent
 * producer needs WRITE on a topic, not IDEMPOTENT_WRITE on the cluster, so neither is granted.
 */
public final class KafkaAcls {
  /** The suffix of a dead-letter topic, as the kit names them. */
  public static final String DEAD_LETTER_SUFFIX = ".dlq";

  /**
   * What one service may do.
   *
   * @param writes the topics it publishes to, its own events and the commands it sends
   * @param reads the topics it consumes, in the consumer group named after it
   * @param replaysDeadLetters it lists the dead letters of what it reads and sends them back to
   *     their topic: the order service's admin API does, behind {@code eventline dlq replay}. The
   *     replayed records keep their producer's signature, so this cannot forge an event.
   */
  public record Access(
      Service service, List<String> writes, List<String> reads, boolean replaysDeadLetters) {

    public Access {
      writes = List.copyOf(writes);
      reads = List.copyOf(reads);
    }

    /** The ACL principal, e.g. {@code User:payments}. */
    public String principal() {
      return "User:" + service.databaseName();
    }

    /** The consumer group, the service's name as the kit's {@code eventline.service} gives it. */
    public String group() {
      return service.databaseName();
    }
  }

  private static final List<Access> ORDER_SYSTEM =
      List.of(
          new Access(
              ORDERS,
              List.of(
                  "orders.created",
                  "orders.completed",
                  "orders.cancelled",
                  "payments.commands",
                  "inventory.commands"),
              List.of(
                  "payments.completed",
                  "payments.failed",
                  "payments.refunded",
                  "inventory.reserved",
                  "inventory.reservation-failed",
                  "inventory.released",
                  "inventory.product-updated"),
              true),
          new Access(
              PAYMENTS,
              List.of("payments.completed", "payments.failed", "payments.refunded"),
              List.of("payments.commands"),
              false),
          new Access(
              INVENTORY,
              List.of(
                  "inventory.reserved",
                  "inventory.reservation-failed",
                  "inventory.released",
                  "inventory.product-updated"),
              List.of("inventory.commands"),
              false),
          // The notification worker (docs/architecture.md) reads the orders' outcomes.
          new Access(
              NOTIFICATIONS,
              List.of(),
              List.of("orders.created", "orders.completed", "orders.cancelled"),
              false));

  private KafkaAcls() {}

  /** Every service's access, one entry per {@link Service}. */
  public static List<Access> orderSystem() {
    return ORDER_SYSTEM;
  }

  /** The access of {@code service}. */
  public static Access of(Service service) {
    return ORDER_SYSTEM.stream()
        .filter(access -> access.service() == service)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no access for " + service));
  }

  /** Every topic the table names, dead-letter topics included: what the devstack creates. */
  public static Set<String> topics() {
    Set<String> topics = new TreeSet<>();
    for (Access access : ORDER_SYSTEM) {
      topics.addAll(access.writes());
      for (String topic : access.reads()) {
        topics.add(topic);
        topics.add(deadLetterTopic(topic));
      }
    }
    return topics;
  }

  /** The table as ACLs for the brokers, each allowing one operation to one principal. */
  public static List<AclBinding> bindings() {
    Set<AclBinding> bindings = new LinkedHashSet<>();
    for (Access access : ORDER_SYSTEM) {
      String principal = access.principal();
      for (String topic : access.writes()) {
        bindings.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.WRITE));
      }
      for (String topic : access.reads()) {
        bindings.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.READ));
        bindings.add(
            allow(principal, ResourceType.TOPIC, deadLetterTopic(topic), AclOperation.WRITE));
        if (access.replaysDeadLetters()) {
          bindings.add(
              allow(principal, ResourceType.TOPIC, deadLetterTopic(topic), AclOperation.READ));
          bindings.add(allow(principal, ResourceType.TOPIC, topic, AclOperation.WRITE));
        }
      }
      if (!access.reads().isEmpty()) {
        bindings.add(allow(principal, ResourceType.GROUP, access.group(), AclOperation.READ));
      }
    }
    return new ArrayList<>(bindings);
  }

  static String deadLetterTopic(String topic) {
    return topic + DEAD_LETTER_SUFFIX;
  }

  private static AclBinding allow(
      String principal, ResourceType type, String name, AclOperation operation) {
    return new AclBinding(
        new ResourcePattern(type, name, PatternType.LITERAL),
        new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
  }
}
