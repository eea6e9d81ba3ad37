package dev.eventline.devstack;

import dev.eventline.devstack.internal.LoopbackPorts;
import dev.eventline.devstack.internal.PostgresCredentials;
import dev.eventline.devstack.internal.ProcessTree;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL server with one database and one login role per {@link Service}. Every
 * connection authenticates with a password (SCRAM), and no role may connect to another service's
 * database. Durable settings are on: {@code fsync}, {@code synchronous_commit}, {@code
 * full_page_writes}.
 */
public final class PostgresServer implements AutoCloseable {
  static final String SUPERUSER = "postgres";
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final PostgresCredentials credentials;

  private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory, PostgresCredentials creds) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.credentials = creds;
  }

  /**
   * Starts PostgreSQL with its data under {@code directory}, kept between runs.
   *
   * @param port the port, or 0 to pick a free one
   */
  public static PostgresServer start(Path directory, int port) {
    Path dataDirectory = directory.resolve("data");
    PostgresCredentials credentials = PostgresCredentials.loadOrCreate(directory);
    stopOrphan(dataDirectory);
    int chosenPort = LoopbackPorts.freeOrChosen(port, "PostgreSQL");
    EmbeddedPostgres postgres;
    try {
      Files.createDirectories(directory);
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPort(chosenPort)
              .setPGStartupWait(STARTUP_LIMIT)
              // initdb option (the builder calls them locale options): the superuser's password.
              .setLocaleConfig("pwfile", credentials.superuserPasswordFile().toString())
              .setConnectConfig("password", credentials.superuserPassword())
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("max_connections", "300")
              .setServerConfig("password_encryption", "scram-sha-256")
              .setDataDirectoryCustomizer(PostgresServer::requirePasswords)
              .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile(directory).toFile()))
              .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile(directory).toFile()))
              .start();
    } catch (IOException | RuntimeException e) {
      throw new DevstackException(
          "PostgreSQL did not start under "
              + directory
              + ": "
              + rootMessage(e)
              + " (log: "
              + logFile(directory)
              + ")",
          e);
    }
    PostgresServer server = new PostgresServer(postgres, dataDirectory, credentials);
    try {
      server.createServiceDatabases();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  public int port() {
    return postgres.getPort();
  }

  /** The login of {@code service}'s own database. */
  public DatabaseLogin login(Service service) {
    return new DatabaseLogin(
        jdbcUrl(service.databaseName()),
        service.databaseName(),
        service.databaseName(),
        credentials.password(service.databaseName()));
  }

  /** Every service's login. */
  public Map<Service, DatabaseLogin> logins() {
    Map<Service, DatabaseLogin> logins = new EnumMap<>(Service.class);
    for (Service service : Service.values()) {
      logins.put(service, login(service));
    }
    return logins;
  }

  /** The superuser's login, for tooling that creates databases and roles (tests, migrations). */
  public DatabaseLogin superuser() {
    return new DatabaseLogin(
        jdbcUrl(SUPERUSER), SUPERUSER, SUPERUSER, credentials.superuserPassword());
  }

  /** Where the passwords of the roles are kept, readable by this user only. */
  public Path credentialsFile() {
    return credentials.file();
  }

  /** The postmaster process, while it runs. */
  public Optional<ProcessHandle> process() {
    return postmasterPid(dataDirectory).flatMap(ProcessTree::alive);
  }

  /**
   * Stops PostgreSQL and returns once its processes are gone: {@code pg_ctl stop} returns when the
   * pid file is removed, a moment before the postmaster and its children exit.
   */
  @Override
  public void close() {
    List<ProcessHandle> processes = process().map(ProcessTree::withDescendants).orElse(List.of());
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (ProcessHandle process : processes) {
        if (!ProcessTree.awaitExit(process, STOP_GRACE)) {
          ProcessTree.stop(process, Duration.ofSeconds(10));
        }
      }
    }
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  private void createServiceDatabases() {
    try (Connection connection = superuser().connect();
        Statement statement = connection.createStatement()) {
      for (Service service : Service.values()) {
        String name = service.databaseName();
        String password = credentials.password(name).replace("'", "''");
        if (exists(statement, "SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'")) {
          statement.execute("ALTER ROLE " + name + " LOGIN PASSWORD '" + password + "'");
        } else {
          statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
        }
        if (!exists(statement, "SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
          statement.execute("CREATE DATABASE " + name + " OWNER " + name);
        }
        // Only the owner (and the superuser) may connect: services cannot read each other's data.
        statement.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
      }
    } catch (SQLException e) {
      throw new DevstackException("cannot create the service databases: " + e.getMessage(), e);
    }
  }

  private static boolean exists(Statement statement, String query) throws SQLException {
    try (ResultSet rows = statement.executeQuery(query)) {
      return rows.next();
    }
  }

  /** Every connection, local or TCP, must present its role's password. */
  private static void requirePasswords(File dataDirectory) {
    String rules =
        """
        # Written by the Eventline devstack at every start: every login needs its password.
        local all all scram-sha-256
        host all all 127.0.0.1/32 scram-sha-256
        host all all ::1/128 scram-sha-256
        """;
    try {
      Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A postmaster left running by a devstack that was killed (SIGKILL leaves no chance to stop it)
   * holds the data directory; the caller holds the devstack lock, so it is safe to stop it.
   */
  private static void stopOrphan(Path dataDirectory) {
    postmasterPid(dataDirectory)
        .flatMap(ProcessTree::alive)
        .filter(process -> process.info().command().orElse("").endsWith("postgres"))
        .ifPresent(orphan -> ProcessTree.stop(orphan, Duration.ofSeconds(30)));
  }

  private static Optional<Long> postmasterPid(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      return Files.readAllLines(pidFile).stream().findFirst().map(String::strip).map(Long::valueOf);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Path logFile(Path directory) {
    return directory.resolve("postgres.log");
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
