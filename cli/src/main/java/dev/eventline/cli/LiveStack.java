package dev.eventline.cli;

import dev.eventline.devstack.RunningStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Finds the stack that really runs from a directory. Its description alone is not proof: a killed
 * {@code up} leaves one behind, and its pid may since belong to another program. A live stack holds
 * the directory's lock, so the description counts only while the lock is held and its owner lives.
 */
final class LiveStack {
  private LiveStack() {}

  static Optional<RunningStack> find(Path directory) {
    return RunningStack.read(directory)
        .filter(RunningStack::ownerAlive)
        .filter(stack -> lockHeld(directory));
  }

  /** Like {@link #find}, and tells the user when nothing runs. */
  static Optional<RunningStack> findOrSayNone(Path directory, PrintWriter out) {
    Optional<RunningStack> found = find(directory);
    if (found.isEmpty()) {
      out.println("Eventline is not running (nothing runs from " + directory + ").");
    }
    return found;
  }

  private static boolean lockHeld(Path directory) {
    Path lockFile = directory.resolve("devstack.lock");
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null;
    } catch (IOException e) {
      return true;
    }
  }
}
