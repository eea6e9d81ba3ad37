package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.eventline.devstack.internal.DirectoryLock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, stopping and starting again on the same directory. */
class DevstackLifecycleIntegrationTest {
  /** BrokerMain halts a broker whose shutdown takes longer than this. */
  private static final Duration BROKER_HALT_LIMIT = Duration.ofSeconds(30);

  /** A JVM that ran its shutdown hooks on SIGTERM exits with 128 + 15. */
  private static final int STOPPED_BY_SIGTERM = 143;

  @TempDir Path directory;

  @Test
  void closingAThreeBrokerStackLeavesNoProcessAndForcesNone() {
    Devstack stack = Devstack.start(DevstackOptions.in(directory).withBrokers(3));
    List<ProcessHandle> processes = stack.processes();
    ProcessHandle postmaster = stack.postgres().process().orElseThrow();
    assertThat(processes)
        .contains(postmaster)
        .containsAll(stack.kafka().brokers().stream().map(b -> b.process().orElseThrow()).toList())
        .as("PostgreSQL's own processes")
        .anyMatch(process -> process.parent().filter(postmaster::equals).isPresent());
    // Their command lines name the directory (the class path is kept off them): that is how the
    // next start recognises what a killed stack left running.
    assertThat(StackProcesses.runningFrom(directory)).hasSize(stack.kafka().size() + 1);

    long started = System.nanoTime();
    stack.close();
    Duration closing = Duration.ofNanos(System.nanoTime() - started);

    assertThat(processes).noneMatch(ProcessHandle::isAlive);
    assertThat(StackProcesses.runningFrom(directory)).isEmpty();
    assertThat(stack.kafka().brokers())
        .allSatisfy(broker -> assertThat(broker.exitStatus()).isEqualTo(STOPPED_BY_SIGTERM));
    assertThat(closing).isLessThan(BROKER_HALT_LIMIT);
    assertThat(directory.resolve(RunningStack.FILE_NAME)).doesNotExist();
  }

  @Test
  void closingAfterABrokerWasKilledStopsTheRestWithoutError() {
    Devstack stack = Devstack.start(DevstackOptions.in(directory));
    ProcessHandle postmaster = stack.postgres().process().orElseThrow();
    stack.kafka().broker(1).kill();

    assertThatCode(stack::close).doesNotThrowAnyException();

    assertThat(postmaster.isAlive()).isFalse();
    assertThat(StackProcesses.runningFrom(directory)).isEmpty();
    DirectoryLock.acquire(directory, path -> "still locked: " + path).release();
  }

  @Test
  void keepsDataAndKeysBetweenRunsAndFreshWipesThem() throws Exception {
    String issuerKey;
    try (Devstack stack = Devstack.start(DevstackOptions.in(directory))) {
      issuerKey = stack.tokenIssuer().keyId();
      execute(stack, "CREATE TABLE kept (id int)");
      try (Admin admin = Admin.create(stack.kafka().clientProperties())) {
        admin
            .createTopics(List.of(new NewTopic("kept", 1, (short) 1)))
            .all()
            .get(1, TimeUnit.MINUTES);
      }
    }

    try (Devstack again = Devstack.start(DevstackOptions.in(directory))) {
      assertThat(tables(again)).contains("kept");
      assertThat(topics(again)).contains("kept");
      assertThat(again.tokenIssuer().keyId()).isEqualTo(issuerKey);
    }

    try (Devstack fresh = Devstack.start(DevstackOptions.in(directory).withFresh(true))) {
      assertThat(tables(fresh)).doesNotContain("kept");
      assertThat(topics(fresh)).doesNotContain("kept");
      assertThat(fresh.tokenIssuer().keyId()).isNotEqualTo(issuerKey);
      assertThat(
              JwksVerifier.of(fresh.tokenIssuer().jwksFile())
                  .verify(fresh.tokenIssuer().mint("alice", TokenIssuer.Role.USER))
                  .getSubject())
          .isEqualTo("alice");
    }
  }

  private static void execute(Devstack stack, String sql) throws Exception {
    try (Connection connection = stack.postgres().login(Service.ORDERS).connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> tables(Devstack stack) throws Exception {
    try (Connection connection = stack.postgres().login(Service.ORDERS).connect();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }

  private static Set<String> topics(Devstack stack) throws Exception {
    try (Admin admin = Admin.create(stack.kafka().clientProperties())) {
      return admin.listTopics().names().get(1, TimeUnit.MINUTES);
    }
  }
}
