package dev.eventline.devstack;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;

/**
 * Sets a secure cluster up as {@link KafkaAcls} says, logged in as {@code admin}: every service's
 * SCRAM login, every topic of the order system, and exactly the table's ACLs for the services'
 * principals (ACLs an earlier table granted and this one does not are removed). Each start does it
 * again; what is already so is left alone, except the logins, which are written afresh.
 */
final class KafkaAccess {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final int SCRAM_ITERATIONS = 4096;

  private KafkaAccess() {}

  static void apply(KafkaCluster cluster, KafkaUsers users) {
    try (Admin admin = Admin.create(cluster.clientProperties())) {
      saveLogins(admin, users);
      createTopics(admin);
      grant(admin);
      awaitLogins(admin);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevstackException("interrupted while setting up Kafka's users and ACLs", e);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new DevstackException(
          "cannot set up Kafka's users, topics and ACLs: " + cause.getMessage(), cause);
    }
  }

  private static void saveLogins(Admin admin, KafkaUsers users)
      throws InterruptedException, ExecutionException, TimeoutException {
    List<UserScramCredentialAlteration> logins =
        java.util.Arrays.stream(Service.values())
            .map(users::of)
            .<UserScramCredentialAlteration>map(
                login ->
                    new UserScramCredentialUpsertion(
                        login.username(),
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                        login.password()))
            .toList();
    admin.alterUserScramCredentials(logins).all().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
  }

  private static void createTopics(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    Set<String> existing = admin.listTopics().names().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    // Partitions and replication follow the brokers' defaults (6, and one replica per broker).
    List<NewTopic> missing =
        KafkaAcls.topics().stream()
            .filter(topic -> !existing.contains(topic))
            .map(topic -> new NewTopic(topic, Optional.empty(), Optional.empty()))
            .toList();
    if (!missing.isEmpty()) {
      admin.createTopics(missing).all().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  /**
   * Makes the services' ACLs exactly the table's. A broker that has just started may still be
   * replaying the metadata log, so what it describes can lag behind the controller: an earlier
   * run's stale grant may not be listed yet, and a change acknowledged by the controller is applied
   * by the brokers a moment later. So the brokers are asked again until what they describe is the
   * table, and whatever is still stale or missing is corrected each time round.
   */
  private static void grant(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    Set<AclBinding> wanted = Set.copyOf(KafkaAcls.bindings());
    Set<String> services =
        KafkaAcls.orderSystem().stream()
            .map(KafkaAcls.Access::principal)
            .collect(Collectors.toSet());
    while (true) {
      Set<AclBinding> granted =
          acls(admin).stream()
              .filter(binding -> services.contains(binding.entry().principal()))
              .collect(Collectors.toSet());
      if (granted.equals(wanted)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("the brokers did not apply the ACLs within " + LIMIT);
      }
      List<AclBindingFilter> stale =
          granted.stream()
              .filter(binding -> !wanted.contains(binding))
              .map(AclBinding::toFilter)
              .toList();
      if (!stale.isEmpty()) {
        admin.deleteAcls(stale).all().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
      }
      List<AclBinding> missing = wanted.stream().filter(b -> !granted.contains(b)).toList();
      if (!missing.isEmpty()) {
        admin.createAcls(missing).all().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  /** The logins, like the ACLs, are applied by the brokers a moment after the controller. */
  private static void awaitLogins(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    Set<String> users =
        java.util.Arrays.stream(Service.values())
            .map(Service::databaseName)
            .collect(Collectors.toSet());
    while (!scramUsers(admin).containsAll(users)) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("the brokers did not apply the logins within " + LIMIT);
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  private static Collection<AclBinding> acls(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    return admin
        .describeAcls(AclBindingFilter.ANY)
        .values()
        .get(LIMIT.toSeconds(), TimeUnit.SECONDS);
  }

  private static Set<String> scramUsers(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    return admin
        .describeUserScramCredentials()
        .all()
        .get(LIMIT.toSeconds(), TimeUnit.SECONDS)
        .keySet();
  }
}
