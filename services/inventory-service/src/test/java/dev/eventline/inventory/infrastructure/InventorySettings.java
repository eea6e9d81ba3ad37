package dev.eventline.inventory.infrastructure;

import dev.eventline.kit.messaging.Ed25519Keys;
import dev.eventline.kit.test.infrastructure.TestDatabase;
import dev.eventline.kit.test.infrastructure.TestKafka;
import java.security.KeyPair;
import java.util.Map;

/**
 * The run-time properties of an inventory service under test, as {@code ./eventline up} passes
 * them: the class's database, the run's broker, a fresh signing key, and the order service's public
 * key so that its commands verify, the token issuer's public key, and a random HTTP port.
 */
final class InventorySettings {
  private InventorySettings() {}

  static Map<String, Object> of(
      TestDatabase database, TestKafka kafka, StandInOrderService orders) {
    KeyPair inventoryKeys = Ed25519Keys.generate();
    return Map.of(
        "spring.datasource.url",
        database.jdbcUrl(),
        "spring.datasource.username",
        database.user(),
        "spring.datasource.password",
        database.password(),
        "spring.kafka.bootstrap-servers",
        kafka.bootstrapServers(),
        "eventline.signing.key-id",
        "inventory-test-1",
        "eventline.signing.private-key",
        Ed25519Keys.encode(inventoryKeys.getPrivate()),
        "eventline.verification.keys.orders." + orders.keyId(),
        orders.publicKey(),
        "eventline.web.jwt.public-key-location",
        TestTokens.publicKeyLocation(),
        "server.port",
        0);
  }
}
