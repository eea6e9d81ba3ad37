package dev.eventline.devstack;

import dev.eventline.devstack.internal.FileProblem;
import dev.eventline.devstack.internal.PrivateFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * One Ed25519 signing key per service for local runs, made on first start and kept in {@code
 * keys/<service>.properties}, readable by this user only. Services sign what they publish with
 * theirs and verify others' with the public halves. Development keys only: production keys come
 * from the deployment's secrets.
 */
public final class SigningKeys {
  private final Path directory;
  private final Map<Service, SigningKey> keys;

  private SigningKeys(Path directory, Map<Service, SigningKey> keys) {
    this.directory = directory;
    this.keys = Map.copyOf(keys);
  }

  /** Reads the keys under {@code directory}, making the ones that do not exist yet. */
  public static SigningKeys loadOrCreate(Path directory) {
    Map<Service, SigningKey> keys = new EnumMap<>(Service.class);
    try {
      Files.createDirectories(directory);
      for (Service service : Service.values()) {
        Path file = directory.resolve(service.databaseName() + ".properties");
        if (!Files.exists(file)) {
          write(file, generate(service));
        }
        keys.put(service, read(service, file));
      }
    } catch (IOException e) {
      throw new DevstackException(
          "cannot keep signing keys in " + directory + ": " + FileProblem.describe(e), e);
    }
    return new SigningKeys(directory, keys);
  }

  public SigningKey of(Service service) {
    return keys.get(service);
  }

  public Path directory() {
    return directory;
  }

  private static SigningKey generate(Service service) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      Base64.Encoder base64 = Base64.getEncoder();
      return new SigningKey(
          service,
          service.databaseName() + "-dev-1",
          base64.encodeToString(pair.getPrivate().getEncoded()),
          base64.encodeToString(pair.getPublic().getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no Ed25519", e);
    }
  }

  private static void write(Path file, SigningKey key) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("key-id", key.keyId());
    properties.setProperty("private-key", key.privateKey());
    properties.setProperty("public-key", key.publicKey());
    PrivateFiles.write(
        file, properties, "Development signing key of " + key.service().databaseName());
  }

  private static SigningKey read(Service service, Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    return new SigningKey(
        service,
        properties.getProperty("key-id"),
        properties.getProperty("private-key"),
        properties.getProperty("public-key"));
  }
}
