package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevstackLifecycleIntegrationTest {
  @TempDir Path directory;

  @Test
  void noProcessOfTheStackRemainsAfterClose() {
    Devstack stack = Devstack.start(DevstackOptions.in(directory));
    List<ProcessHandle> processes = stack.processes();
    long broker = stack.kafka().broker(1).process().orElseThrow().pid();
    long postmaster = stack.postgres().process().orElseThrow().pid();

    stack.close();

    assertThat(processes).extracting(ProcessHandle::pid).contains(broker, postmaster);
    assertThat(processes).noneMatch(ProcessHandle::isAlive);
    assertThat(directory.resolve(RunningStack.FILE_NAME)).doesNotExist();
  }

  @Test
  void keepsDataBetweenRunsAndFreshWipesIt() throws Exception {
    try (Devstack stack = Devstack.start(DevstackOptions.in(directory))) {
      execute(stack, "CREATE TABLE kept (id int)");
      try (Admin admin = Admin.create(stack.kafka().clientProperties())) {
        admin
            .createTopics(List.of(new NewTopic("kept", 1, (short) 1)))
            .all()
            .get(30, TimeUnit.SECONDS);
      }
    }

    try (Devstack again = Devstack.start(DevstackOptions.in(directory))) {
      assertThat(tables(again)).contains("kept");
      assertThat(topics(again)).contains("kept");
    }

    try (Devstack fresh = Devstack.start(DevstackOptions.in(directory).withFresh(true))) {
      assertThat(tables(fresh)).doesNotContain("kept");
      assertThat(topics(fresh)).doesNotContain("kept");
    }
  }

  @Test
  void aPortInUseFailsInOneLineLeavesNothingRunningAndReleasesTheDirectory() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> Devstack.start(DevstackOptions.in(directory).withPostgresPort(port)))
          .isInstanceOf(DevstackException.class)
          .hasMessage(
              "PostgreSQL port "
                  + port
                  + " is already in use; choose another or omit it to pick a free one");
    }
    assertThat(brokerChildren()).isEmpty();
    assertThat(directory.resolve("postgres/data/postmaster.pid")).doesNotExist();

    try (Devstack stack = Devstack.start(DevstackOptions.in(directory))) {
      assertThat(stack.kafka().broker(1).isRunning()).isTrue();
    }
  }

  @Test
  void aDirectoryThatCannotBeCreatedFailsInOneClearLine() throws Exception {
    Path file = Files.writeString(directory.resolve("not-a-directory"), "a file");
    Path unusable = file.resolve("stack");

    assertThatThrownBy(() -> Devstack.start(DevstackOptions.in(unusable)))
        .isInstanceOf(DevstackException.class)
        .hasMessageStartingWith("cannot use " + unusable)
        .hasMessageNotContaining("\n");
    assertThat(brokerChildren()).isEmpty();
  }

  private static List<ProcessHandle> brokerChildren() {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().orElse("").contains("BrokerMain"))
        .toList();
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
      List<String> names = new java.util.ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }

  private static Set<String> topics(Devstack stack) throws Exception {
    try (Admin admin = Admin.create(stack.kafka().clientProperties())) {
      return admin.listTopics().names().get(30, TimeUnit.SECONDS);
    }
  }
}
