package dev.eventline.devstack.internal;

import dev.eventline.devstack.DevstackException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * Passwords by login name, each made at random the first time it is asked for and kept in a file
 * only this user can read ({@code name=password}), so that it survives restarts and is never
 * printed. The devstack's PostgreSQL roles and Kafka users keep theirs in one each.
 */
public final class PasswordFile {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final String comment;
  private final Properties passwords;

  private PasswordFile(Path file, String comment, Properties passwords) {
    this.file = file;
    this.comment = comment;
    this.passwords = passwords;
  }

  /**
   * The passwords kept in {@code file}, none if it does not exist yet.
   *
   * @param comment the first line of the file, saying whose passwords it holds
   */
  public static PasswordFile load(Path file, String comment) throws IOException {
    Properties passwords = new Properties();
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        passwords.load(reader);
      }
    }
    return new PasswordFile(file, comment, passwords);
  }

  /** The password of {@code name} kept in {@code file}, without making any. */
  public static Optional<String> stored(Path file, String name) {
    Properties passwords = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      passwords.load(reader);
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(passwords.getProperty(name));
  }

  /** The password of {@code name}, made and saved the first time it is asked for. */
  public synchronized String password(String name) {
    String password = passwords.getProperty(name);
    if (password == null) {
      // URL-safe Base64: no character that a properties file, a JAAS option or SQL would quote.
      byte[] bytes = new byte[18];
      RANDOM.nextBytes(bytes);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      passwords.setProperty(name, password);
      save();
    }
    return password;
  }

  public Path file() {
    return file;
  }

  private void save() {
    try {
      PrivateFiles.write(file, passwords, comment);
    } catch (IOException e) {
      throw new DevstackException("cannot write " + file + ": " + FileProblem.describe(e), e);
    }
  }
}
