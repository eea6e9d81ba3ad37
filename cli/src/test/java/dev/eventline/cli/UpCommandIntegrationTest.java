package dev.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.RunningStack;
import dev.eventline.devstack.TokenIssuer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpCommandIntegrationTest {
  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static final Duration SHUTDOWN = Duration.ofSeconds(60);

  @TempDir Path directory;

  @Test
  void upStartsKafkaAndPostgresAndSigtermStopsEveryProcess() throws Exception {
    try (EventlineProcess up =
        EventlineProcess.start(List.of("up", "--infrastructure-only", "--data-dir", dir()))) {
      up.awaitOutput(UpCommand.READY_LINE, STARTUP);
      assertThat(up.output()).contains("Kafka", "127.0.0.1:", "jdbc:postgresql://localhost:");

      EventlineCommandTest.Run status = EventlineCommandTest.Run.of("status", "--data-dir", dir());
      assertThat(status.exitCode()).as(status.out()).isZero();
      assertThat(status.out())
          .contains("Eventline is running", "Kafka        UP", "PostgreSQL   UP");
      List<Long> pids = RunningStack.read(directory).orElseThrow().processPids();
      assertThat(pids).isNotEmpty();
      TokenIssuer issuer = RunningStack.live(directory).orElseThrow().tokenIssuer();
      EventlineCommandTest.Run token =
          EventlineCommandTest.Run.of("token", "alice", "--data-dir", dir());
      assertThat(TokenCommandTest.verified(token.out().strip(), issuer).getSubject())
          .isEqualTo("alice");

      up.handle().destroy();
      up.awaitExit(SHUTDOWN);

      assertThat(up.output()).contains("Eventline stopped.");
      assertThat(pids).noneMatch(UpCommandIntegrationTest::alive);
      assertThat(EventlineCommandTest.Run.of("status", "--data-dir", dir()).exitCode())
          .isEqualTo(ExitCode.NOT_RUNNING);
      // The issuer's key outlives the stack: tokens can still be minted.
      EventlineCommandTest.Run afterwards =
          EventlineCommandTest.Run.of("token", "bob", "--data-dir", dir());
      assertThat(TokenCommandTest.verified(afterwards.out().strip(), issuer).getSubject())
          .isEqualTo("bob");
    }
  }

  @Test
  void downStopsARunningUpFromAnotherProcess() throws Exception {
    try (EventlineProcess up =
        EventlineProcess.start(List.of("up", "--infrastructure-only", "--data-dir", dir()))) {
      up.awaitOutput(UpCommand.READY_LINE, STARTUP);
      List<Long> pids = RunningStack.read(directory).orElseThrow().processPids();

      EventlineCommandTest.Run down = EventlineCommandTest.Run.of("down", "--data-dir", dir());

      assertThat(down.exitCode()).as(down.out() + down.err()).isZero();
      assertThat(down.out()).contains("Eventline stopped.");
      assertThat(up.handle().isAlive()).isFalse();
      assertThat(pids).noneMatch(UpCommandIntegrationTest::alive);
    }
  }

  @Test
  void aKafkaPortInUseIsReportedInOneLineAndStartsNothing() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      EventlineCommandTest.Run up =
          EventlineCommandTest.Run.of(
              "up", "--data-dir", dir(), "--kafka-port", Integer.toString(taken.getLocalPort()));

      assertThat(up.exitCode()).isEqualTo(ExitCode.FAILED);
      assertThat(up.err())
          .isEqualTo(
              "eventline: Kafka port "
                  + taken.getLocalPort()
                  + " is already in use; choose another or omit it to pick a free one\n");
      assertThat(RunningStack.read(directory)).isEmpty();
    }
  }

  private String dir() {
    return directory.toString();
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
