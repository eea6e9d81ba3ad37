package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secure devstack started again on the data of an earlier run. */
class SecureKafkaRestartIntegrationTest {
  @TempDir Path directory;

  @Test
  void startsAgainWithTheSameLoginsAndOnlyTheTablesGrants() throws Exception {
    String paymentsPassword;
    AclBinding stale =
        new AclBinding(
            new ResourcePattern(ResourceType.TOPIC, "orders.created", PatternType.LITERAL),
            new AccessControlEntry(
                "User:payments", "*", AclOperation.WRITE, AclPermissionType.ALLOW));
    try (Devstack first = Devstack.start(secure())) {
      paymentsPassword = first.kafka().credentials(Service.PAYMENTS).password();
      try (Admin admin = Admin.create(first.kafka().clientProperties())) {
        admin.createAcls(List.of(stale)).all().get(30, TimeUnit.SECONDS);
      }
    }

    try (Devstack again = Devstack.start(secure())) {
      assertThat(again.kafka().credentials(Service.PAYMENTS).password())
          .isEqualTo(paymentsPassword);
      try (Admin admin = Admin.create(again.kafka().clientProperties())) {
        assertThat(aclsOf(admin, "User:payments"))
            .doesNotContain(stale)
            .containsExactlyInAnyOrderElementsOf(
                KafkaAcls.bindings().stream()
                    .filter(binding -> binding.entry().principal().equals("User:payments"))
                    .toList());
      }
      Map<String, Object> properties =
          new HashMap<>(again.kafka().clientProperties(Service.PAYMENTS));
      properties.put(ProducerConfig.ACKS_CONFIG, "all");
      try (KafkaProducer<String, String> payments =
          new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
        assertThat(
                payments
                    .send(new ProducerRecord<>("payments.completed", "order-1", "event"))
                    .get(30, TimeUnit.SECONDS)
                    .hasOffset())
            .isTrue();
      }
    }
  }

  @Test
  void refusesToStartASecureClusterWhosePasswordsAreGone() throws Exception {
    Path kafka = directory.resolve("kafka-secure");
    Files.createDirectories(kafka.resolve("node-1/data"));
    Files.writeString(kafka.resolve("node-1/data/meta.properties"), "node.id=1\n");

    assertThatThrownBy(() -> KafkaCluster.start(kafka, 1, 0, true))
        .isInstanceOf(DevstackException.class)
        .hasMessageContaining("the Kafka passwords of " + kafka + " are gone")
        .hasMessageContaining("--fresh");
  }

  private DevstackOptions secure() {
    return DevstackOptions.in(directory).withSecure(true);
  }

  private static Collection<AclBinding> aclsOf(Admin admin, String principal) throws Exception {
    AclBindingFilter filter =
        new AclBindingFilter(
            ResourcePatternFilter.ANY,
            new AccessControlEntryFilter(principal, null, AclOperation.ANY, AclPermissionType.ANY));
    return admin.describeAcls(filter).values().get(30, TimeUnit.SECONDS);
  }
}
