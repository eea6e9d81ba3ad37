package dev.eventline.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLockTest {
  @TempDir Path directory;

  @Test
  void askingWhetherTheDirectoryIsHeldFromTheJvmThatHoldsItKeepsItLockedForOthers()
      throws Exception {
    DirectoryLock lock = DirectoryLock.acquire(directory, path -> "held: " + path);
    try {
      assertThat(DirectoryLock.isHeld(directory)).isTrue();

      assertThat(anotherProcessCanLock(directory)).isFalse();
    } finally {
      lock.release();
    }
    assertThat(DirectoryLock.isHeld(directory)).isFalse();
    assertThat(anotherProcessCanLock(directory)).isTrue();
  }

  /** Runs {@link TryLock} in a JVM of its own: exit 0 when it got the lock. */
  private static boolean anotherProcessCanLock(Path directory) throws Exception {
    Process child =
        new ProcessBuilder(
                ChildJvm.java(),
                "-cp",
                System.getProperty("java.class.path"),
                TryLock.class.getName(),
                directory.resolve(DirectoryLock.FILE_NAME).toString())
            .inheritIO()
            .start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return child.exitValue() == 0;
  }

  /** Exits 0 if it can lock the file given, 1 if another process holds it. */
  public static final class TryLock {
    public static void main(String[] args) throws Exception {
      try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
          FileLock lock = channel.tryLock()) {
        System.exit(lock == null ? 1 : 0);
      }
    }
  }
}
