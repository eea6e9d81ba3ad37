package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventline.devstack.internal.DirectoryLock;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that cannot succeed says why in one line a person can act on, and leaves nothing behind:
 * no process, no lock on the directory.
 */
class StartFailureIntegrationTest {
  @TempDir Path directory;

  @Test
  void aKafkaPortInUseIsReportedInOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> Devstack.start(DevstackOptions.in(directory).withKafkaPort(port)))
          .isInstanceOf(DevstackException.class)
          .hasMessage(
              "Kafka port "
                  + port
                  + " is already in use; choose another or omit it to pick a free one");
    }
    assertNothingLeftIn(directory);
  }

  @Test
  void aPostgresPortInUseIsReportedInOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> Devstack.start(DevstackOptions.in(directory).withPostgresPort(port)))
          .isInstanceOf(DevstackException.class)
          .hasMessage(
              "PostgreSQL port "
                  + port
                  + " is already in use; choose another or omit it to pick a free one");
    }
    assertNothingLeftIn(directory);
  }

  @Test
  void aDirectoryUnderARegularFileIsReportedInOneLine() throws Exception {
    // The tests run as root, whom permissions do not stop; a file in the path stops everyone.
    Path file = Files.writeString(directory.resolve("not-a-directory"), "a file");
    Path unusable = file.resolve("stack");

    assertThatThrownBy(() -> Devstack.start(DevstackOptions.in(unusable)))
        .isInstanceOf(DevstackException.class)
        .hasMessage(
            "cannot use "
                + unusable
                + " as the devstack directory: "
                + unusable
                + ": Not a directory");
    assertThat(StackProcesses.runningFrom(directory)).isEmpty();
  }

  @Test
  void aServerThatCannotStartStopsTheOneThatDidAndReleasesTheDirectory() throws Exception {
    // Kafka fails at once on its directory; PostgreSQL starts meanwhile and must be stopped.
    Path kafkaDirectory = Files.writeString(directory.resolve("kafka"), "in the way");

    assertThatThrownBy(() -> Devstack.start(DevstackOptions.in(directory)))
        .isInstanceOf(DevstackException.class)
        .hasMessage(
            "cannot use Kafka directory "
                + kafkaDirectory
                + ": "
                + kafkaDirectory
                + " exists and is not a directory");
    assertThat(directory.resolve("postgres/postgres.log"))
        .as("PostgreSQL was started")
        .isNotEmptyFile();
    assertNothingLeftIn(directory);
  }

  /** No process runs from the directory, and another devstack could lock it now. */
  private static void assertNothingLeftIn(Path directory) {
    assertThat(StackProcesses.runningFrom(directory)).isEmpty();
    assertThat(directory.resolve("postgres/data/postmaster.pid")).doesNotExist();
    assertThat(RunningStack.read(directory)).isEmpty();
    DirectoryLock.acquire(directory, path -> "still locked: " + path).release();
  }
}
