package dev.eventline.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Every secret a running stack keeps in its directory: the PostgreSQL roles' passwords, the Kafka
 * logins' passwords, the gateway's key store password, and the private halves of the services'
 * signing keys and of the token issuer's key. None may ever appear in a log.
 */
final class Secrets {
  private static final List<String> PASSWORD_FILES =
      List.of(
          "postgres/credentials.properties",
          "kafka-secure/credentials.properties",
          "tls/passwords.properties");

  private Secrets() {}

  static List<String> of(Path directory) throws IOException {
    List<String> secrets = new ArrayList<>();
    for (String file : PASSWORD_FILES) {
      Path path = directory.resolve(file);
      if (Files.exists(path)) {
        read(path).values().forEach(value -> secrets.add(value.toString()));
      }
    }
    try (Stream<Path> keys = Files.list(directory.resolve("keys"))) {
      for (Path file : keys.filter(f -> f.toString().endsWith(".properties")).toList()) {
        String key = read(file).getProperty("private-key");
        if (key != null) {
          secrets.add(key);
        }
      }
    }
    return secrets;
  }

  private static Properties read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    return properties;
  }
}
