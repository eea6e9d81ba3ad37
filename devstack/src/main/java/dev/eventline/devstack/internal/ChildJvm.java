package dev.eventline.devstack.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM that runs a main class from this JVM's own class path.
 *
 * <p>The class path goes in the {@code CLASSPATH} variable, not on the command line: Linux shows
 * other programs ({@code ps}, and Java's {@code ProcessHandle.Info}) only the first 4096 bytes of a
 * command line, and a class path of Maven jars is longer, which would hide the main class and its
 * arguments. The devstack recognises its own brokers by them.
 */
public final class ChildJvm {
  private ChildJvm() {}

  public static ProcessBuilder builder(
      List<String> jvmOptions, Class<?> mainClass, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add(mainClass.getName());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
    return builder;
  }

  /** The {@code java} launcher of this JVM. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
