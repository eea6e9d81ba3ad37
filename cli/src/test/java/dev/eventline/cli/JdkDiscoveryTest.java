package dev.eventline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's {@code .mvn/find-jdk.sh}, sourced as ./mvnw, ./eventline and .ci/run do. */
class JdkDiscoveryTest {
  private static final Path SCRIPT = Path.of("..", ".mvn", "find-jdk.sh").toAbsolutePath();

  @TempDir Path jvms;

  @Test
  void keepsJavaHomeWhenItIsNewEnough() throws Exception {
    Path jdk21 = fakeJdk("jdk-21", "21.0.5");
    fakeJdk("jdk-25", "25.0.1");

    Result result = discover(Map.of("JAVA_HOME", jdk21.toString()));

    assertThat(result.out()).isEqualTo(jdk21 + "\n");
  }

  @Test
  void skipsAnOldJavaHomeAndPicksTheNewestJdkOfTheJvmDirectory() throws Exception {
    Path jdk17 = fakeJdk("jdk-17", "17.0.15");
    fakeJdk("jdk-21", "21.0.5");
    Path jdk25 = fakeJdk("jdk-25", "25.0.1");

    Result result = discover(Map.of("JAVA_HOME", jdk17.toString()));

    assertThat(result.out()).isEqualTo(jdk25 + "\n");
  }

  @Test
  void ignoresAJreWithoutJavac() throws Exception {
    Path jre = fakeJdk("jre-25", "25.0.1");
    Files.delete(jre.resolve("bin/javac"));
    Path jdk21 = fakeJdk("jdk-21", "21.0.5");

    assertThat(discover(Map.of()).out()).isEqualTo(jdk21 + "\n");
  }

  @Test
  void saysInOneLineWhatToInstallWhenNoJdkFits() throws Exception {
    fakeJdk("jdk-17", "17.0.15");

    Result result = discover(Map.of());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines())
        .singleElement()
        .asString()
        .contains("no JDK 21 or newer", "install");
  }

  private Path fakeJdk(String name, String version) throws IOException {
    Path home = jvms.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    for (String tool : List.of("java", "javac")) {
      Path file = home.resolve("bin").resolve(tool);
      Files.writeString(file, "#!/bin/sh\nexit 0\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    return home;
  }

  /**
   * Sources the script with only the fake JVM directory to choose from, and prints JAVA_HOME. PATH
   * holds the shell tools the script uses, but no java.
   */
  private Result discover(Map<String, String> environment) throws Exception {
    Path tools = Files.createDirectories(jvms.resolve("tools")); // not a JDK: it has no bin/java
    for (String tool : List.of("sed", "dirname", "readlink")) {
      Path link = tools.resolve(tool);
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, systemTool(tool));
      }
    }
    ProcessBuilder builder =
        new ProcessBuilder("sh", "-c", ". \"$1\" && echo \"$JAVA_HOME\"", "sh", SCRIPT.toString());
    builder.environment().clear();
    builder.environment().put("PATH", tools.toString());
    builder.environment().put("EVENTLINE_JVM_DIR", jvms.toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes()),
        new String(process.getErrorStream().readAllBytes()));
  }

  private static Path systemTool(String name) {
    return java.util.stream.Stream.of("/usr/bin", "/bin")
        .map(directory -> Path.of(directory, name))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(name + " not found in /usr/bin or /bin"));
  }

  private record Result(int exitCode, String out, String err) {}
}
