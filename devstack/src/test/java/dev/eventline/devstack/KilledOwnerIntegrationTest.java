package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventline.devstack.internal.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens when the JVM that owns a devstack is killed with SIGKILL, leaving it no hooks. */
class KilledOwnerIntegrationTest {
  @TempDir Path directory;
  private Process owner;
  private Process bystander;

  @AfterEach
  void killWhatTheTestStarted() {
    for (Process process : new Process[] {owner, bystander}) {
      if (process != null) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void brokersExitByThemselvesAndTheNextStartStopsOnlyTheLeftoverPostmaster() throws Exception {
    owner =
        ChildJvm.builder(List.of(), DevstackOwner.class, List.of(directory.toString()))
            .redirectErrorStream(true)
            .start();
    String[] ready = awaitReadyLine(owner).split(" ");
    ProcessHandle broker = ProcessHandle.of(Long.parseLong(ready[1])).orElseThrow();
    ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(ready[2])).orElseThrow();

    owner.destroyForcibly();
    assertThat(owner.waitFor(30, TimeUnit.SECONDS)).as("the owner is gone").isTrue();
    assertThat(RunningStack.read(directory)).as("the description it left").isPresent();
    assertThat(RunningStack.live(directory)).as("counts for nothing once its owner died").isEmpty();

    assertThat(broker.onExit())
        .as("the broker notices its parent is gone")
        .succeedsWithin(Duration.ofSeconds(60));
    assertThat(postmaster.isAlive()).as("a postmaster has no such pipe").isTrue();

    // A pid of the dead stack may belong to another program by now: it must be left alone.
    bystander = new ProcessBuilder("sleep", "300").start();
    Path description = directory.resolve(RunningStack.FILE_NAME);
    Files.writeString(
        description,
        Files.readString(description)
            .replace("process.pids=", "process.pids=" + bystander.pid() + ","));

    try (Devstack next = Devstack.start(DevstackOptions.in(directory))) {
      assertThat(postmaster.isAlive()).isFalse();
      assertThat(next.postgres().process().orElseThrow().pid()).isNotEqualTo(postmaster.pid());
      assertThat(bystander.isAlive()).isTrue();
    }
  }

  /** Reads the owner's output until its READY line, then keeps draining it in the background. */
  private static String awaitReadyLine(Process owner) throws Exception {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              StringBuilder seen = new StringBuilder();
              try {
                String line;
                while ((line = reader.readLine()) != null) {
                  if (line.startsWith("READY ")) {
                    ready.complete(line);
                  } else if (!ready.isDone()) {
                    seen.append(line).append('\n');
                  }
                }
              } catch (IOException e) {
                seen.append(e);
              }
              ready.completeExceptionally(
                  new IllegalStateException("the owner exited before READY:\n" + seen));
            });
    return ready.get(2, TimeUnit.MINUTES);
  }
}
