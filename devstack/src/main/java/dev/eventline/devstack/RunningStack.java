package dev.eventline.devstack;

import dev.eventline.devstack.internal.DirectoryLock;
import dev.eventline.devstack.internal.PostgresCredentials;
import dev.eventline.devstack.internal.ProcessTree;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * What a running devstack wrote about itself in {@code stack.properties}, so that other commands
 * ({@code eventline status}, {@code eventline down}) can find it.
 *
 * @param ownerPid the JVM that started the stack and will stop it
 * @param keysDirectory the development keys: signing keys and the token issuer's
 * @param processPids the pids of every broker and of the postmaster
 * @param kafkaCredentialsFile where the Kafka users' passwords are kept when Kafka runs secure
 *     (SASL/SCRAM and ACLs), or null when it takes clients without a login
 */
public record RunningStack(
    long ownerPid,
    Instant startedAt,
    String bootstrapServers,
    int brokers,
    int postgresPort,
    Map<Service, String> jdbcUrls,
    Path credentialsFile,
    Path keysDirectory,
    List<Long> processPids,
    Path kafkaCredentialsFile) {

  static final String FILE_NAME = "stack.properties";

  /** The stack described in {@code directory}, if one wrote its description there. */
  public static Optional<RunningStack> read(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
      Map<Service, String> urls = new EnumMap<>(Service.class);
      for (Service service : Service.values()) {
        urls.put(service, properties.getProperty("jdbc." + service.databaseName()));
      }
      return Optional.of(
          new RunningStack(
              Long.parseLong(properties.getProperty("owner.pid")),
              Instant.parse(properties.getProperty("started.at")),
              properties.getProperty("kafka.bootstrap.servers"),
              Integer.parseInt(properties.getProperty("kafka.brokers")),
              Integer.parseInt(properties.getProperty("postgres.port")),
              urls,
              Path.of(properties.getProperty("postgres.credentials")),
              Path.of(
                  properties.getProperty("keys.directory", directory.resolve("keys").toString())),
              Arrays.stream(properties.getProperty("process.pids").split(","))
                  .filter(pid -> !pid.isBlank())
                  .map(Long::valueOf)
                  .toList(),
              Optional.ofNullable(properties.getProperty("kafka.credentials"))
                  .map(Path::of)
                  .orElse(null)));
    } catch (IOException | RuntimeException e) {
      throw new DevstackException("cannot read " + file + " (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The stack that really runs from {@code directory}. A description alone is no proof: a killed
   * devstack leaves one behind, and its pid may since belong to another program. It counts only
   * while its owner lives and the directory's lock is held.
   */
  public static Optional<RunningStack> live(Path directory) {
    return read(directory)
        .filter(RunningStack::ownerAlive)
        .filter(stack -> DirectoryLock.isHeld(directory));
  }

  /** The login of {@code service}'s database, with the password from the credentials file. */
  public DatabaseLogin login(Service service) {
    String role = service.databaseName();
    return new DatabaseLogin(
        jdbcUrls.get(service),
        role,
        role,
        PostgresCredentials.stored(credentialsFile, role).orElse(""));
  }

  /** True when Kafka takes SASL/SCRAM logins only and enforces ACLs. */
  public boolean kafkaSecure() {
    return kafkaCredentialsFile != null;
  }

  /**
   * Client properties that reach the stack's Kafka from another process, as {@link
   * KafkaCluster#clientProperties()} gives them to the owner: on a secure stack they log in as
   * {@code admin}, with the password from the credentials file.
   */
  public Map<String, Object> kafkaClientProperties() {
    Map<String, Object> properties = new HashMap<>();
    properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    if (kafkaCredentialsFile != null) {
      properties.putAll(
          KafkaUsers.storedAdmin(kafkaCredentialsFile)
              .orElseThrow(
                  () ->
                      new DevstackException(
                          "cannot read the Kafka admin's password from " + kafkaCredentialsFile))
              .clientProperties());
    }
    return Map.copyOf(properties);
  }

  /** The stack's development token issuer (see {@link TokenIssuer#load}). */
  public TokenIssuer tokenIssuer() {
    return TokenIssuer.load(keysDirectory);
  }

  /** True while the JVM that owns the stack runs. */
  public boolean ownerAlive() {
    return ProcessTree.alive(ownerPid).isPresent();
  }

  void write(Path directory) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("owner.pid", Long.toString(ownerPid));
    properties.setProperty("started.at", startedAt.toString());
    properties.setProperty("kafka.bootstrap.servers", bootstrapServers);
    properties.setProperty("kafka.brokers", Integer.toString(brokers));
    properties.setProperty("postgres.port", Integer.toString(postgresPort));
    jdbcUrls.forEach(
        (service, url) -> properties.setProperty("jdbc." + service.databaseName(), url));
    properties.setProperty("postgres.credentials", credentialsFile.toString());
    properties.setProperty("keys.directory", keysDirectory.toString());
    properties.setProperty(
        "process.pids", String.join(",", processPids.stream().map(String::valueOf).toList()));
    if (kafkaCredentialsFile != null) {
      properties.setProperty("kafka.credentials", kafkaCredentialsFile.toString());
    }
    StringWriter text = new StringWriter();
    properties.store(text, "The running Eventline devstack; removed when it stops");
    Path temporary = directory.resolve(FILE_NAME + ".tmp");
    Files.writeString(temporary, text.toString());
    Files.move(
        temporary,
        directory.resolve(FILE_NAME),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
