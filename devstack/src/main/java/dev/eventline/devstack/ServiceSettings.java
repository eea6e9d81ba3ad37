package dev.eventline.devstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a service JVM is told about the stack it runs on, as Spring properties: its database and
 * login role, the brokers (and its Kafka login when they are secure), its signing key file, the
 * public keys of every service whose events it may read, the token issuer's public key for its HTTP
 * API, its port on loopback, and its {@link Telemetry}. Everything else comes from the service's
 * own {@code application.yml}.
 */
final class ServiceSettings {
  private ServiceSettings() {}

  static Map<String, String> of(
      Devstack stack, ServiceModule module, int port, Telemetry telemetry) {
    Map<String, String> settings = new TreeMap<>();
    DatabaseLogin login = stack.postgres().login(module.service());
    settings.put("spring.datasource.url", login.jdbcUrl());
    settings.put("spring.datasource.username", login.user());
    settings.put("spring.datasource.password", login.password());
    settings.put("spring.kafka.bootstrap-servers", stack.kafka().bootstrapServers());
    if (stack.kafka().isSecure()) {
      // Spring's KafkaProperties puts these into every client it builds, the kit's included.
      KafkaCredentials kafkaLogin = stack.kafka().credentials(module.service());
      settings.put("spring.kafka.security.protocol", "SASL_PLAINTEXT");
      settings.put("spring.kafka.properties.sasl.mechanism", KafkaCredentials.MECHANISM);
      settings.put("spring.kafka.properties.sasl.jaas.config", kafkaLogin.jaasConfig());
    }

    SigningKeys keys = stack.signingKeys();
    Path keyFile = keys.directory().resolve(module.service().databaseName() + ".properties");
    settings.put("eventline.signing.key-file", keyFile.toAbsolutePath().toString());
    for (Service other : Service.values()) {
      SigningKey key = keys.of(other);
      settings.put(
          "eventline.verification.keys." + other.databaseName() + "." + key.keyId(),
          key.publicKey());
    }
    settings.put(
        "eventline.web.jwt.public-key-location",
        "file:" + stack.tokenIssuer().publicKeyFile().toAbsolutePath());

    settings.put("server.address", "127.0.0.1");
    settings.put("server.port", Integer.toString(port));
    telemetry.addTo(settings);
    return settings;
  }
}
