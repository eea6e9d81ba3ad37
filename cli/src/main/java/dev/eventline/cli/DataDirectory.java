package dev.eventline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data-dir} option shared by the commands: where the stack keeps its data, by default
 * {@code .eventline/} in the repository ({@code ./eventline} passes the repository as {@code
 * eventline.home}).
 */
final class DataDirectory {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where data and logs live (default: .eventline in the repository).")
  Path directory;

  Path path() {
    if (directory != null) {
      return directory.toAbsolutePath().normalize();
    }
    String home = System.getProperty("eventline.home", System.getProperty("user.dir"));
    return Path.of(home, ".eventline").toAbsolutePath().normalize();
  }
}
