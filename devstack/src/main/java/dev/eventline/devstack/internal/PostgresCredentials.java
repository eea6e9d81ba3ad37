package dev.eventline.devstack.internal;

import dev.eventline.devstack.DevstackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The passwords of the devstack's PostgreSQL roles: made once, at random, and kept in a file only
 * this user can read, so a role's password survives restarts and is never printed.
 */
public final class PostgresCredentials {
  private static final String SUPERUSER_KEY = "postgres";

  private final PasswordFile passwords;
  private final Path superuserPasswordFile;

  private PostgresCredentials(PasswordFile passwords, Path superuserPasswordFile) {
    this.passwords = passwords;
    this.superuserPasswordFile = superuserPasswordFile;
  }

  public static PostgresCredentials loadOrCreate(Path directory) {
    try {
      Files.createDirectories(directory);
      PasswordFile passwords =
          PasswordFile.load(
              directory.resolve("credentials.properties"),
              "Passwords of the devstack's PostgreSQL roles (role=password)");
      PostgresCredentials credentials =
          new PostgresCredentials(passwords, directory.resolve("superuser.password"));
      // initdb reads the superuser's password from this file (--pwfile).
      PrivateFiles.write(credentials.superuserPasswordFile, credentials.superuserPassword() + "\n");
      return credentials;
    } catch (IOException e) {
      throw new DevstackException(
          "cannot use directory " + directory + " for PostgreSQL: " + FileProblem.describe(e), e);
    }
  }

  /** The password of {@code role} kept in a credentials {@code file}, without making any. */
  public static java.util.Optional<String> stored(Path file, String role) {
    return PasswordFile.stored(file, role);
  }

  /** The password of {@code role}, made and saved the first time it is asked for. */
  public String password(String role) {
    return passwords.password(role);
  }

  public String superuserPassword() {
    return password(SUPERUSER_KEY);
  }

  public Path file() {
    return passwords.file();
  }

  public Path superuserPasswordFile() {
    return superuserPasswordFile;
  }
}
