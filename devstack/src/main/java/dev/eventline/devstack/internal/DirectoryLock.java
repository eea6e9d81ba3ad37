package dev.eventline.devstack.internal;

import dev.eventline.devstack.DevstackException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An exclusive lock on a devstack directory, held while the stack runs. The operating system
 * releases it when the JVM dies, so a killed devstack never leaves the directory locked.
 */
public final class DirectoryLock {
  public static final String FILE_NAME = "devstack.lock";

  /**
   * The directories this JVM holds. On Linux, closing any handle of a file drops every lock the
   * process holds on it, so {@link #isHeld} must not open the lock file of one of these.
   */
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

  private final Path directory;

  private final FileChannel channel;
  private final FileLock lock;

  private DirectoryLock(Path directory, FileChannel channel, FileLock lock) {
    this.directory = directory;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code directory}, creating it if needed.
   *
   * @param whenHeld the message for the user when another devstack holds it
   */
  public static DirectoryLock acquire(Path directory, Function<Path, String> whenHeld) {
    FileChannel channel;
    try {
      Files.createDirectories(directory);
      channel =
          FileChannel.open(
              directory.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new DevstackException(
          "cannot use " + directory + " as the devstack directory: " + FileProblem.describe(e), e);
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        close(channel);
        throw new DevstackException(whenHeld.apply(directory));
      }
      HELD_HERE.add(key(directory));
      return new DirectoryLock(directory, channel, lock);
    } catch (OverlappingFileLockException e) {
      close(channel);
      throw new DevstackException(whenHeld.apply(directory), e);
    } catch (IOException e) {
      close(channel);
      throw new DevstackException("cannot lock " + directory + ": " + FileProblem.describe(e), e);
    }
  }

  /**
   * True while some process (this one included) holds the lock of {@code directory}: a devstack
   * runs from it. A killed devstack's lock is gone, since the operating system releases it.
   */
  public static boolean isHeld(Path directory) {
    if (HELD_HERE.contains(key(directory))) {
      return true; // held by a devstack in this JVM: opening the file would drop the lock
    }
    Path file = directory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null;
    } catch (OverlappingFileLockException e) {
      return true; // held by a devstack in this JVM
    } catch (IOException e) {
      return false;
    }
  }

  public void release() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } catch (IOException e) {
      // Closing the channel below releases it too.
    }
    close(channel);
    HELD_HERE.remove(key(directory));
  }

  private static Path key(Path directory) {
    return directory.toAbsolutePath().normalize();
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing more to release.
    }
  }
}
