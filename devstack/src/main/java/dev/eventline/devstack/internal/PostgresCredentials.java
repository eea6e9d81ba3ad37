package dev.eventline.devstack.internal;

import dev.eventline.devstack.DevstackException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the devstack's PostgreSQL roles: made once, at random, and kept in a file only
 * this user can read, so a role's password survives restarts and is never printed.
 */
public final class PostgresCredentials {
  private static final String SUPERUSER_KEY = "postgres";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final Path superuserPasswordFile;
  private final Properties passwords;

  private PostgresCredentials(Path file, Path superuserPasswordFile, Properties passwords) {
    this.file = file;
    this.superuserPasswordFile = superuserPasswordFile;
    this.passwords = passwords;
  }

  public static PostgresCredentials loadOrCreate(Path directory) {
    Path file = directory.resolve("credentials.properties");
    Path superuserPasswordFile = directory.resolve("superuser.password");
    Properties passwords = new Properties();
    try {
      Files.createDirectories(directory);
      if (Files.exists(file)) {
        try (Reader reader = Files.newBufferedReader(file)) {
          passwords.load(reader);
        }
      }
      PostgresCredentials credentials =
          new PostgresCredentials(file, superuserPasswordFile, passwords);
      credentials.password(SUPERUSER_KEY);
      // initdb reads the superuser's password from this file (--pwfile).
      PrivateFiles.write(superuserPasswordFile, passwords.getProperty(SUPERUSER_KEY) + "\n");
      return credentials;
    } catch (IOException e) {
      throw new DevstackException(
          "cannot use directory " + directory + " for PostgreSQL: " + FileProblem.describe(e), e);
    }
  }

  /** The password of {@code role} kept in a credentials {@code file}, without making any. */
  public static java.util.Optional<String> stored(Path file, String role) {
    Properties passwords = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      passwords.load(reader);
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.ofNullable(passwords.getProperty(role));
  }

  /** The password of {@code role}, made and saved the first time it is asked for. */
  public synchronized String password(String role) {
    String password = passwords.getProperty(role);
    if (password == null) {
      byte[] bytes = new byte[18];
      RANDOM.nextBytes(bytes);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      passwords.setProperty(role, password);
      save();
    }
    return password;
  }

  public String superuserPassword() {
    return password(SUPERUSER_KEY);
  }

  public Path file() {
    return file;
  }

  public Path superuserPasswordFile() {
    return superuserPasswordFile;
  }

  private void save() {
    try {
      PrivateFiles.write(
          file, passwords, "Passwords of the devstack's PostgreSQL roles (role=password)");
    } catch (IOException e) {
      throw new DevstackException("cannot write " + file + ": " + FileProblem.describe(e), e);
    }
  }
}
