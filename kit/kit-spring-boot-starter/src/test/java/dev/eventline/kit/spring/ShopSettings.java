package dev.eventline.kit.spring;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;

/**
 * The properties a service of the test needs: its database, the broker, and a fresh signing key,
 * which the test keeps to sign events of its own.
 */
record ShopSettings(Map<String, Object> properties, String keyId, KeyPair keys) {

  static ShopSettings of(
      TestDatabase database, TestKafka kafka, String service, Duration pollInterval) {
    KeyPair keys = Ed25519Keys.generate();
    String keyId = service + "-test-1";
    return new ShopSettings(
        properties(database, kafka, service, pollInterval, keyId, keys), keyId, keys);
  }

  private static Map<String, Object> properties(
      TestDatabase database,
      TestKafka kafka,
      String service,
      Duration pollInterval,
      String keyId,
      KeyPair keys) {
    return Map.of(
        "spring.main.web-application-type",
        "none",
        "spring.datasource.url",
        database.jdbcUrl(),
        "spring.datasource.username",
        database.user(),
        "spring.datasource.password",
        database.password(),
        "spring.kafka.bootstrap-servers",
        kafka.bootstrapServers(),
        "eventline.service",
        service,
        "eventline.signing.key-id",
        keyId,
        "eventline.signing.private-key",
        Ed25519Keys.encode(keys.getPrivate()),
        "eventline.verification.keys." + service + "." + keyId,
        Ed25519Keys.encode(keys.getPublic()),
        "eventline.outbox.poll-interval",
        pollInterval.toMillis() + "ms");
  }
}
