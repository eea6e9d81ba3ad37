package dev.eventline.devstack;

import dev.eventline.devstack.internal.FileProblem;
import dev.eventline.devstack.internal.PasswordFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Kafka users of a secure devstack, {@code admin} and one per {@link Service}, with passwords
 * made once at random and kept like the PostgreSQL roles': in {@code credentials.properties} of the
 * Kafka directory, readable by this user only.
 */
final class KafkaUsers {
  static final String FILE_NAME = "credentials.properties";

  private final PasswordFile passwords;

  private KafkaUsers(PasswordFile passwords) {
    this.passwords = passwords;
  }

  /**
   * The users of the secure cluster whose data is under {@code directory}. Their file is made with
   * the cluster: if the cluster's storage exists without it, the admin's password that was written
   * into that storage is lost with it.
   */
  static KafkaUsers forCluster(Path directory) {
    boolean formatted =
        Files.exists(directory.resolve("node-1").resolve("data").resolve("meta.properties"));
    if (formatted && !Files.exists(directory.resolve(FILE_NAME))) {
      throw new DevstackException(
          "the Kafka passwords of "
              + directory
              + " are gone ("
              + FILE_NAME
              + "); delete that directory, or start with --fresh, to make a new secure cluster");
    }
    return loadOrCreate(directory);
  }

  private static KafkaUsers loadOrCreate(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    try {
      Files.createDirectories(directory);
      return new KafkaUsers(
          PasswordFile.load(file, "Passwords of the devstack's Kafka users (user=password)"));
    } catch (IOException e) {
      throw new DevstackException(
          "cannot use Kafka directory " + directory + ": " + FileProblem.describe(e), e);
    }
  }

  /** The admin's login kept in a credentials {@code file}, without making any. */
  static Optional<KafkaCredentials> storedAdmin(Path file) {
    return PasswordFile.stored(file, KafkaCredentials.ADMIN)
        .map(password -> new KafkaCredentials(KafkaCredentials.ADMIN, password));
  }

  KafkaCredentials admin() {
    return login(KafkaCredentials.ADMIN);
  }

  KafkaCredentials of(Service service) {
    return login(service.databaseName());
  }

  Path file() {
    return passwords.file();
  }

  private KafkaCredentials login(String user) {
    return new KafkaCredentials(user, passwords.password(user));
  }
}
