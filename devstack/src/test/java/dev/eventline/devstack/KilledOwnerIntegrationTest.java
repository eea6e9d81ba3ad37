package dev.eventline.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens when the JVM that owns a devstack is killed with SIGKILL, leaving it no hooks. */
class KilledOwnerIntegrationTest {
  @TempDir Path directory;

  @Test
  void brokersExitByThemselvesAndTheNextStartStopsTheLeftoverPostmaster() throws Exception {
    Process owner =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DevstackOwner.class.getName(),
                directory.toString())
            .redirectErrorStream(true)
            .start();
    String[] ready = awaitReadyLine(owner).split(" ");
    ProcessHandle broker = ProcessHandle.of(Long.parseLong(ready[1])).orElseThrow();
    ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(ready[2])).orElseThrow();

    owner.destroyForcibly();
    owner.waitFor(30, TimeUnit.SECONDS);

    assertThat(broker.onExit())
        .as("the broker notices its parent is gone")
        .succeedsWithin(Duration.ofSeconds(60));
    assertThat(postmaster.isAlive()).as("a postmaster has no such pipe").isTrue();

    try (Devstack next = Devstack.start(DevstackOptions.in(directory))) {
      assertThat(postmaster.isAlive()).isFalse();
      assertThat(next.postgres().process().orElseThrow().pid()).isNotEqualTo(postmaster.pid());
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
    return ready.get(120, TimeUnit.SECONDS);
  }
}
