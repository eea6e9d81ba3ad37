package dev.eventline.devstack;

import dev.eventline.devstack.internal.BrokerMain;
import dev.eventline.devstack.internal.DirectoryLock;
import dev.eventline.devstack.internal.FileProblem;
import dev.eventline.devstack.internal.LoopbackPorts;
import dev.eventline.devstack.internal.ProcessTree;
import java.io.File;
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
 * <p>With {@link DevstackOptions#withSecure(boolean) withSecure(true)} Kafka takes SASL/SCRAM
 * logins only and enforces {@link KafkaAcls}: {@code
 * stack.kafka().clientProperties(Service.PAYMENTS)} connects as the payment service, {@code
 * stack.kafka().clientProperties()} as the super user.
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
  private final SigningKeys signingKeys;
  private final TokenIssuer tokenIssuer;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Devstack(
      DevstackOptions options,
      DirectoryLock lock,
      KafkaCluster kafka,
      PostgresServer postgres,
      SigningKeys signingKeys,
      TokenIssuer tokenIssuer) {
    this.options = options;
    this.lock = lock;
    this.kafka = kafka;
    this.postgres = postgres;
    this.signingKeys = signingKeys;
    this.tokenIssuer = tokenIssuer;
  }

  /**
   * Starts Kafka and PostgreSQL (in parallel) and returns once both serve.
   *
   * @throws DevstackException with a one-line message for the user when the directory is in use or
   *     unusable, a chosen port is taken or a server does not start; nothing is left running then
   */
  public static Devstack start(DevstackOptions options) {
    Path directory = options.directory();
    DirectoryLock lock = DirectoryLock.acquire(directory, Devstack::alreadyRunning);
    Devstack stack = null;
    try {
      stopLeftovers(directory);
      // Checked before anything starts, so that a taken port fails at once.
      LoopbackPorts.freeOrChosen(options.kafkaPort(), "Kafka");
      LoopbackPorts.freeOrChosen(options.postgresPort(), "PostgreSQL");
      if (options.fresh()) {
        wipe(directory);
      }
      stack = startBoth(options, lock);
      stack.describe().write(directory);
      return stack;
    } catch (IOException | RuntimeException e) {
      RuntimeException failure =
          e instanceof RuntimeException runtime
              ? runtime
              : new DevstackException(
                  "cannot write to " + directory + ": " + FileProblem.describe((IOException) e), e);
      try {
        if (stack != null) {
          stack.close();
        } else {
          lock.release();
        }
      } catch (RuntimeException closing) {
        failure.addSuppressed(closing);
      }
      throw failure;
    }
  }

  public KafkaCluster kafka() {
    return kafka;
  }

  public PostgresServer postgres() {
    return postgres;
  }

  /** Each service's development signing key, kept under {@code keys/}. */
  public SigningKeys signingKeys() {
    return signingKeys;
  }

  /** The development JWT issuer, whose key is kept under {@code keys/}. */
  public TokenIssuer tokenIssuer() {
    return tokenIssuer;
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

  /**
   * Stops every process of the stack and releases its directory; safe to call twice. A broker or
   * PostgreSQL that already died (killed by a test, say) is not an error: it is already stopped.
   *
   * @throws DevstackException when a server could not be stopped cleanly (the rest still is)
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    try (ExecutorService stopping = Executors.newVirtualThreadPerTaskExecutor()) {
      CompletableFuture<Void> kafkaStopped = CompletableFuture.runAsync(kafka::close, stopping);
      CompletableFuture<Void> postgresStopped =
          CompletableFuture.runAsync(postgres::close, stopping);
      CompletableFuture.allOf(kafkaStopped, postgresStopped).join();
    } catch (CompletionException e) {
      throw new DevstackException(
          "the devstack did not stop cleanly: " + e.getCause().getMessage(), e.getCause());
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
        options.keysDirectory(),
        processes().stream().map(ProcessHandle::pid).toList(),
        kafka.credentialsFile().orElse(null));
  }

  private static Devstack startBoth(DevstackOptions options, DirectoryLock lock) {
    SigningKeys signingKeys = SigningKeys.loadOrCreate(options.keysDirectory());
    TokenIssuer tokenIssuer = TokenIssuer.loadOrCreate(options.keysDirectory());
    try (ExecutorService starting = Executors.newVirtualThreadPerTaskExecutor()) {
      CompletableFuture<PostgresServer> postgres =
          CompletableFuture.supplyAsync(
              () -> PostgresServer.start(options.postgresDirectory(), options.postgresPort()),
              starting);
      CompletableFuture<KafkaCluster> kafka =
          CompletableFuture.supplyAsync(
              () ->
                  KafkaCluster.start(
                      options.kafkaDirectory(),
                      options.brokers(),
                      options.kafkaPort(),
                      options.secure()),
              starting);
      try {
        return new Devstack(options, lock, kafka.join(), postgres.join(), signingKeys, tokenIssuer);
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
    List<ProcessHandle> orphans =
        safelyRead(directory).map(RunningStack::processPids).orElse(List.of()).stream()
            .map(ProcessTree::alive)
            .flatMap(Optional::stream)
            .filter(process -> isStackProcess(process, directory))
            .toList();
    // Together: brokers stopped one by one would wait for a quorum that is gone.
    ProcessTree.stopAll(orphans, ORPHAN_GRACE);
  }

  /**
   * A broker JVM, or a PostgreSQL server process, of the stack in {@code directory}: a pid reused
   * by anything else, another devstack's included, is left alone.
   */
  private static boolean isStackProcess(ProcessHandle process, Path directory) {
    ProcessHandle.Info info = process.info();
    List<String> arguments = info.arguments().map(List::of).orElse(List.of());
    boolean inDirectory =
        arguments.stream().anyMatch(argument -> argument.startsWith(directory + File.separator));
    boolean broker = arguments.contains(BrokerMain.class.getName());
    boolean postgres = info.command().map(command -> command.endsWith("/postgres")).orElse(false);
    return inDirectory && (broker || postgres);
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
      throw new DevstackException("cannot wipe " + directory + ": " + FileProblem.describe(e), e);
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
