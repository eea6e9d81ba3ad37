package dev.eventline.cli;

import dev.eventline.devstack.RunningStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The stack that runs from a directory, or a word to the user that none does. */
final class LiveStack {
  private LiveStack() {}

  static Optional<RunningStack> findOrSayNone(Path directory, PrintWriter out) {
    Optional<RunningStack> found = RunningStack.live(directory);
    if (found.isEmpty()) {
      out.println("Eventline is not running (nothing runs from " + directory + ").");
    }
    return found;
  }
}
