package dev.eventline.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runnable jar that {@code ./mvnw package} leaves in a module's {@code target}: {@code
 * <module>-<version>-exec.jar}, which {@code ./eventline up} and the end-to-end tests start.
 */
final class RunnableJar {
  private RunnableJar() {}

  /**
   * The newest runnable jar of the Maven module {@code module} at {@code path} under the project
   * {@code home}.
   *
   * @throws DevstackException when it was not built, naming the command that builds it
   */
  static Path of(Path home, String path, String module) {
    Path target = home.resolve(path).resolve("target");
    return find(target, module)
        .orElseThrow(
            () ->
                new DevstackException(
                    "no runnable jar of "
                        + module
                        + " under "
                        + target
                        + "; build it with ./mvnw -pl "
                        + path
                        + " -am package -DskipTests"));
  }

  private static Optional<Path> find(Path target, String module) {
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars =
          files
              .filter(file -> file.getFileName().toString().startsWith(module + "-"))
              .filter(file -> file.getFileName().toString().endsWith("-exec.jar"))
              .sorted()
              .toList();
      return jars.isEmpty() ? Optional.empty() : Optional.of(jars.getLast());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
