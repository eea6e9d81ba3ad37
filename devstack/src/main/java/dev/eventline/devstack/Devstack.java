package dev.eventline.devstack;

import dev.eventline.devstack.internal.BrokerMain;
import dev.eventline.devstack.internal.DirectoryLock;
import dev.eventline.devstack.internal.ProcessTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A running Kafka cluster and PostgreSQL server on this machine, started together and stopped
 * together.
 *
 * <pre>{@code
 * try (Devstack stack = Devstack.start(DevstackOptions.in(Path.of(".eventline")))) {
 *   String bootstrap = stack.kafka().bootstrapServers();
 *   DatabaseLogin orders = stack.postgres().login(Service.ORDERS);
 * }
 * }</pre>
 *
 * <p>One devstack at a time may use a directory: a lock file guards it, so a second start fails
 * with a clear message instead of corrupting the first one's data. Whatever a killed devstack left
 * running in the directory is stopped at the next start.
 */
public final class Devstack implements AutoCloseable {
  private static final Duration ORPHAN_GRACE = Duration.ofSeconds(30);

  private final DevstackOptions options;
  private final DirectoryLock lock;
  private final KafkaCluster kafka;
  private final PostgresServer postgres;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Devstack(
      DevstackOptions options, DirectoryLock lock, KafkaCluster kafka, PostgresServer postgres) {
    this.options = options;
    this.lock = lock;
    this.kafka = kafka;
    this.postgres = postgres;
  }

  /** Starts Kafka and PostgreSQL (in parallel) and returns once both serve. */
  public static Devstack start(DevstackOptions options) {
    Path directory = options.directory();
    DirectoryLock lock = DirectoryLock.acquire(directory, Devstack::alreadyRunning);
    try {
      stopLeftovers(directory);
      if (options.fresh()) {
        wipe(directory);
      }
      Devstack stack = startBoth(options, lock);
      stack.describe().write(directory);
      return stack;
    } catch (IOException e) {
      lock.release();
      throw new DevstackException("cannot write to " + directory + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      lock.release();
      throw e;
    }
  }

  public KafkaCluster kafka() {
    return kafka;
  }

  public PostgresServer postgres() {
    return postgres;
  }

  public DevstackOptions options() {
    return options;
  }

  /** Every process of the stack (brokers, the postmaster and their children), alive right now. */
  public List<ProcessHandle> processes() {
    List<ProcessHandle> processes = new ArrayList<>();
    kafka
        .brokers()
        .forEach(b -> b.process().map(ProcessTree::withDescendants).ifPresent(processes::addAll));
    postgres.process().map(ProcessTree::withDescendants).ifPresent(processes::addAll);
    return processes;
  }

  /** Stops every process of the stack and releases its directory; safe to call twice. */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
      stopping.submit(kafka::close);
      stopping.submit(postgres::close);
    } finally {
      try {
        Files.deleteIfExists(options.directory().resolve(RunningStack.FILE_NAME));
      } catch (IOException e) {
        // The next start overwrites it.
      }
      lock.release();
    }
  }

  RunningStack describe() {
    return new RunningStack(
        ProcessHandle.current().pid(),
        Instant.now(),
        kafka.bootstrapServers(),
        kafka.size(),
        postgres.port(),
        postgres.logins().entrySet().stream()
            .collect(
                () -> new java.util.EnumMap<Service, String>(Service.class),
                (map, entry) -> map.put(entry.getKey(), entry.getValue().jdbcUrl()),
                java.util.Map::putAll),
        postgres.credentialsFile(),
        processes().stream().map(ProcessHandle::pid).toList());
  }

  private static Devstack startBoth(DevstackOptions options, DirectoryLock lock) {
    try (ExecutorService starting = Executors.newVirtualThreadPerTaskExecutor()) {
      CompletableFuture<PostgresServer> postgres =
          CompletableFuture.supplyAsync(
              () -> PostgresServer.start(options.postgresDirectory(), options.postgresPort()),
              starting);
      CompletableFuture<KafkaCluster> kafka =
          CompletableFuture.supplyAsync(
              () ->
                  KafkaCluster.start(
                      options.kafkaDirectory(), options.brokers(), options.kafkaPort()),
              starting);
      try {
        return new Devstack(options, lock, kafka.join(), postgres.join());
      } catch (CompletionException e) {
        // Whichever part did start is stopped before the caller releases the directory.
        stopOnceStarted(postgres, PostgresServer::close);
        stopOnceStarted(kafka, KafkaCluster::close);
        throw e.getCause() instanceof RuntimeException cause ? cause : e;
      }
    }
  }

  private static <T> void stopOnceStarted(CompletableFuture<T> starting, Consumer<T> stop) {
    T started;
    try {
      started = starting.join();
    } catch (CompletionException e) {
      return; // It failed to start, and cleaned up after itself.
    }
    stop.accept(started);
  }

  private static String alreadyRunning(Path directory) {
    String owner = safelyRead(directory).map(stack -> " (pid " + stack.ownerPid() + ")").orElse("");
    return "a devstack is already running from "
        + directory
        + owner
        + "; stop it with './eventline down' or use another directory";
  }

  /** Stops the brokers and postmaster of a devstack that died without stopping them. */
  private static void stopLeftovers(Path directory) {
    safelyRead(directory)
        .ifPresent(
            dead ->
                dead.processPids().stream()
                    .map(ProcessTree::alive)
                    .flatMap(Optional::stream)
                    .filter(Devstack::isStackProcess)
                    .forEach(orphan -> ProcessTree.stop(orphan, ORPHAN_GRACE)));
  }

  /** A broker JVM, or a PostgreSQL server process: a pid reused by anything else is left alone. */
  private static boolean isStackProcess(ProcessHandle process) {
    ProcessHandle.Info info = process.info();
    boolean broker =
        info.arguments().map(List::of).orElse(List.of()).contains(BrokerMain.class.getName());
    boolean postgres = info.command().map(command -> command.endsWith("/postgres")).orElse(false);
    return broker || postgres;
  }

  private static Optional<RunningStack> safelyRead(Path directory) {
    try {
      return RunningStack.read(directory);
    } catch (DevstackException e) {
      return Optional.empty();
    }
  }

  private static void wipe(Path directory) {
    try (var entries = Files.list(directory)) {
      for (Path entry : entries.toList()) {
        if (!entry.getFileName().toString().equals(DirectoryLock.FILE_NAME)) {
          deleteRecursively(entry);
        }
      }
    } catch (IOException e) {
      throw new DevstackException("cannot wipe " + directory + ": " + e.getMessage(), e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try (var children = Files.list(path)) {
        for (Path child : children.toList()) {
          deleteRecursively(child);
        }
      }
    }
    Files.deleteIfExists(path);
  }
}
