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
      awaitVisible(admin);
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

  private static void grant(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    Collection<AclBinding> existing = acls(admin);
    List<AclBinding> wanted = KafkaAcls.bindings();
    Set<String> services =
        KafkaAcls.orderSystem().stream()
            .map(KafkaAcls.Access::principal)
            .collect(Collectors.toSet());
    List<AclBindingFilter> stale =
        existing.stream()
            .filter(binding -> services.contains(binding.entry().principal()))
            .filter(binding -> !wanted.contains(binding))
            .map(AclBinding::toFilter)
            .toList();
    if (!stale.isEmpty()) {
      admin.deleteAcls(stale).all().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }
    List<AclBinding> missing = wanted.stream().filter(b -> !existing.contains(b)).toList();
    if (!missing.isEmpty()) {
      admin.createAcls(missing).all().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  /**
   * The controller acknowledges a change once it is committed; brokers apply it a moment later,
   * when they read it from the metadata log. Until they have, a service could be refused.
   */
  private static void awaitVisible(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    Set<String> users =
        java.util.Arrays.stream(Service.values())
            .map(Service::databaseName)
            .collect(Collectors.toSet());
    while (!(acls(admin).containsAll(KafkaAcls.bindings())
        && scramUsers(admin).containsAll(users))) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException("the brokers did not apply the ACLs within " + LIMIT);
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
