package dev.eventline.devstack;

import dev.eventline.devstack.internal.ChildJvm;
import dev.eventline.devstack.internal.FileProblem;
import dev.eventline.devstack.internal.PrivateFiles;
import dev.eventline.devstack.internal.ProcessTree;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One service of the order system (or its gateway) running as its own JVM from its runnable jar,
 * the way {@code ./eventline up} runs it: settings in a private properties file, output appended to
 * {@code logs/<module>.log}, served on a loopback port. It can be killed (SIGKILL) and started
 * again on the same port, which is how the crash tests take a service down in the middle of its
 * work.
 */
public final class ServiceProcess implements AutoCloseable {
  /** Small heaps and one GC thread: five JVMs share this machine with Kafka and PostgreSQL. */
  static final List<String> JVM_OPTIONS =
      List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final String module;
  private final Path jar;
  private final Path settingsFile;
  private final Path logFile;
  private final URI baseUri;
  private final URI managementUri;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(POLL).build();
  private volatile Process process;

  private ServiceProcess(
      String module, Path jar, Path settingsFile, Path logFile, URI baseUri, URI managementUri) {
    this.module = module;
    this.jar = jar;
    this.settingsFile = settingsFile;
    this.logFile = logFile;
    this.baseUri = baseUri;
    this.managementUri = managementUri;
  }

  /**
   * Starts the Maven module {@code module} from {@code jar} with {@code settings}, keeping its
   * files in {@code directory} ({@code services/<module>.properties}, {@code logs/<module>.log}).
   * Returns at once; {@link #awaitHealthy} waits for it to serve. It serves HTTPS when the settings
   * turn {@code server.ssl} on, and its actuator on {@code management.server.port} when they set
   * one.
   */
  static ServiceProcess start(
      String module, Path jar, Map<String, String> settings, Path directory) {
    boolean tls = Boolean.parseBoolean(settings.getOrDefault("server.ssl.enabled", "false"));
    if (tls && !settings.containsKey("management.server.port")) {
      throw new IllegalArgumentException(
          module + " serves HTTPS; give its actuator a plain loopback management.server.port");
    }
    try {
      Path settingsFile = directory.resolve("services").resolve(module + ".properties");
      Path logFile = directory.resolve("logs").resolve(module + ".log");
      Files.createDirectories(settingsFile.getParent());
      Files.createDirectories(logFile.getParent());
      Properties properties = new Properties();
      properties.putAll(settings);
      // The file holds the database password and the key file's location: this user only.
      PrivateFiles.write(settingsFile, properties, "Settings of " + module);
      String port = settings.get("server.port");
      URI base = URI.create((tls ? "https" : "http") + "://127.0.0.1:" + port);
      URI management =
          URI.create("http://127.0.0.1:" + settings.getOrDefault("management.server.port", port));
      ServiceProcess service =
          new ServiceProcess(module, jar, settingsFile, logFile, base, management);
      service.launch();
      return service;
    } catch (IOException e) {
      throw new DevstackException("cannot start " + module + ": " + FileProblem.describe(e), e);
    }
  }

  /** Starts the JVM again after {@link #kill} or {@link #stop}, on the same port and settings. */
  public void restart() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(module + " still runs");
    }
    launch();
  }

  private void launch() {
    List<String> command = new ArrayList<>();
    command.add(ChildJvm.java());
    command.addAll(JVM_OPTIONS);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("--spring.config.additional-location=file:" + settingsFile.toAbsolutePath());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new DevstackException("cannot start " + module + ": " + e.getMessage(), e);
    }
  }

  /**
   * Waits until {@code /actuator/health} answers 200.
   *
   * @throws DevstackException when the JVM exits first or {@code limit} passes, with the end of its
   *     log
   */
  public void awaitHealthy(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    URI health = managementUri.resolve("/actuator/health");
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw failure("exited with status " + process.exitValue() + " before it served");
      }
      if (healthy(health)) {
        return;
      }
      sleep(POLL);
    }
    throw failure("did not report healthy within " + limit.toSeconds() + " s");
  }

  private boolean healthy(URI health) {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevstackException("interrupted while waiting for " + module, e);
    }
  }

  private DevstackException failure(String what) {
    return new DevstackException(
        module + " " + what + "; its log, " + logFile + ", ends with:\n" + logTail());
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(logFile);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /** Kills the JVM with SIGKILL, as a crash would, and returns once it is gone. */
  public void kill() {
    Process running = process;
    running.destroyForcibly();
    ProcessTree.awaitExit(running.toHandle(), STOP_GRACE);
  }

  /** Stops the JVM with SIGTERM (Spring shuts down gracefully), SIGKILL after 30 s. */
  public void stop() {
    Process running = process;
    if (running != null) {
      ProcessTree.stop(running.toHandle(), STOP_GRACE);
    }
  }

  /** The Maven module it runs from, e.g. {@code order-service}; also its log's name. */
  public String module() {
    return module;
  }

  /** Where its HTTP API listens, e.g. {@code http://127.0.0.1:41234}. */
  public URI baseUri() {
    return baseUri;
  }

  /** Where its actuator ({@code /actuator/health}, {@code /actuator/prometheus}) listens. */
  public URI managementUri() {
    return managementUri;
  }

  public Path logFile() {
    return logFile;
  }

  public boolean alive() {
    return process != null && process.isAlive();
  }

  /** The pid of the running JVM. */
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    stop();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevstackException("interrupted", e);
    }
  }
}
